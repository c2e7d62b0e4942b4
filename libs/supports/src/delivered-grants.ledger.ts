import { Global, Injectable, Module } from '@nestjs/common';
import {
  DELIVERED_GRANTS_LEDGER,
  DeliveredGrantsLedger,
  DeliveredInPeriod,
  LedgerPeriod,
} from '@tashakkol/shared';
import { EntityManager } from 'typeorm';
import { GrantStatus } from './grant-state-machine';

/** Only a delivered grant is money or training the association actually received. */
const DELIVERED: GrantStatus = 'delivered';

/**
 * The supports' ledger as kpi reads it (port in @tashakkol/shared): what was delivered to one
 * association in each of many periods, in one query (index `ix_support_grants_delivered`).
 */
@Injectable()
export class SupportsDeliveredGrantsLedger implements DeliveredGrantsLedger {
  async deliveredIn(
    em: EntityManager,
    associationId: string,
    periods: LedgerPeriod[],
  ): Promise<Map<string, DeliveredInPeriod>> {
    if (periods.length === 0) return new Map();
    const rows: { period: string; rials: string; participant_hours: string }[] = await em.query(
      `SELECT p.period,
              COALESCE(SUM(g.amount_rials), 0)::text AS rials,
              COALESCE(SUM(g.hours::bigint * COALESCE(g.participants, 0)), 0)::text AS participant_hours
         FROM unnest($2::text[], $3::timestamptz[], $4::timestamptz[]) AS p(period, start_at, end_at)
         LEFT JOIN support_grants g
           ON g.association_id = $1 AND g.status = $5
          AND g.delivered_at >= p.start_at AND g.delivered_at < p.end_at
        GROUP BY p.period`,
      [
        associationId,
        periods.map((p) => p.period),
        periods.map((p) => p.start.toISOString()),
        periods.map((p) => p.end.toISOString()),
        DELIVERED,
      ],
    );
    return new Map(
      rows.map((r) => [
        r.period,
        { rials: BigInt(r.rials), trainingParticipantHours: Number(r.participant_hours) },
      ]),
    );
  }
}

/** Gives kpi the ledger of delivered grants (imported by apps/api and apps/worker). */
@Global()
@Module({
  providers: [{ provide: DELIVERED_GRANTS_LEDGER, useClass: SupportsDeliveredGrantsLedger }],
  exports: [DELIVERED_GRANTS_LEDGER],
})
export class SupportsLedgerModule {}
