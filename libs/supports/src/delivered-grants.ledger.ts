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
 * association (or a chunk of them) in each of many periods, in one query (index `ix_support_grants_delivered`).
 */
@Injectable()
export class SupportsDeliveredGrantsLedger implements DeliveredGrantsLedger {
  async deliveredIn(
    em: EntityManager,
    associationId: string,
    periods: LedgerPeriod[],
  ): Promise<Map<string, DeliveredInPeriod>> {
    const all = await this.deliveredForAssociations(em, [{ associationId, periods }]);
    return all.get(associationId) ?? new Map();
  }

  /** A recompute's chunk: every (association, period) pair in one query. */
  async deliveredForAssociations(
    em: EntityManager,
    requests: { associationId: string; periods: LedgerPeriod[] }[],
  ): Promise<Map<string, Map<string, DeliveredInPeriod>>> {
    const pairs = requests.flatMap((r) => r.periods.map((p) => ({ associationId: r.associationId, ...p })));
    const out = new Map<string, Map<string, DeliveredInPeriod>>();
    if (pairs.length === 0) return out;
    const rows: { association_id: string; period: string; rials: string; participant_hours: string }[] =
      await em.query(
        `SELECT p.association_id, p.period,
                COALESCE(SUM(g.amount_rials), 0)::text AS rials,
                COALESCE(SUM(g.hours::bigint * COALESCE(g.participants, 0)), 0)::text AS participant_hours
           FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::timestamptz[]) AS p(association_id, period, start_at, end_at)
           LEFT JOIN support_grants g
             ON g.association_id = p.association_id AND g.status = $5
            AND g.delivered_at >= p.start_at AND g.delivered_at < p.end_at
          GROUP BY p.association_id, p.period`,
        [
          pairs.map((p) => p.associationId),
          pairs.map((p) => p.period),
          pairs.map((p) => p.start.toISOString()),
          pairs.map((p) => p.end.toISOString()),
          DELIVERED,
        ],
      );
    for (const r of rows) {
      const byPeriod = out.get(r.association_id) ?? new Map<string, DeliveredInPeriod>();
      byPeriod.set(r.period, {
        rials: BigInt(r.rials),
        trainingParticipantHours: Number(r.participant_hours),
      });
      out.set(r.association_id, byPeriod);
    }
    return out;
  }
}

/** Gives kpi the ledger of delivered grants (imported by apps/api and apps/worker). */
@Global()
@Module({
  providers: [{ provide: DELIVERED_GRANTS_LEDGER, useClass: SupportsDeliveredGrantsLedger }],
  exports: [DELIVERED_GRANTS_LEDGER],
})
export class SupportsLedgerModule {}
