import { Global, Injectable, Module } from '@nestjs/common';
import { RescoreReason, SCORE_REQUESTS, ScoreRequests } from '@tashakkol/shared';
import { EntityManager } from 'typeorm';
import { formatPeriod, periodContaining } from '../domain/periods';
import { KpiOutbox } from '../reports/kpi-outbox.entity';

/**
 * A request to score an association again, written as an outbox row in the caller's transaction;
 * the relay turns it into a job (id `kpi:<associationId>:<reason>-<row id>`).
 */
@Injectable()
export class OutboxScoreRequests implements ScoreRequests {
  async requestRescore(
    em: EntityManager,
    associationId: string,
    reason: RescoreReason,
    _ref: string,
    period = formatPeriod(periodContaining(new Date(), 'quarterly')),
  ): Promise<void> {
    await em.insert(KpiOutbox, { associationId, period, revision: 0, reason });
  }
}

/** Gives supports the port to ask for a re-scoring (a grant delivered) without importing kpi. */
@Global()
@Module({
  providers: [OutboxScoreRequests, { provide: SCORE_REQUESTS, useExisting: OutboxScoreRequests }],
  exports: [OutboxScoreRequests, SCORE_REQUESTS],
})
export class KpiScoreRequestsModule {}
