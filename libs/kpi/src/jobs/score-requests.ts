import { Global, Injectable, Module } from '@nestjs/common';
import { RescoreReason, SCORE_REQUESTS, ScoreRequests } from '@tashakkol/shared';
import { EntityManager } from 'typeorm';
import { formatPeriod, periodContaining } from '../domain/periods';

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
    ref: string,
    period = formatPeriod(periodContaining(new Date(), 'quarterly')),
  ): Promise<void> {
    // A request still waiting for the relay already covers this one: the job reads the facts when it
    // runs. DO UPDATE (not DO NOTHING) takes the row's lock, so the relay cannot hand that row to a job
    // before this transaction commits; a row the relay already claimed is dispatched by then, and
    // PostgreSQL inserts a new one instead.
    await em.query(
      `INSERT INTO kpi_outbox (association_id, period, revision, reason, ref) VALUES ($1, $2, 0, $3, $4)
       ON CONFLICT (association_id, reason, ref) WHERE dispatched_at IS NULL AND ref IS NOT NULL
       DO UPDATE SET created_at = EXCLUDED.created_at`,
      [associationId, period, reason, ref.slice(0, 64)],
    );
  }
}

/** Gives supports and participation the port to ask for a re-scoring (a grant delivered, a survey answered) without importing kpi. */
@Global()
@Module({
  providers: [OutboxScoreRequests, { provide: SCORE_REQUESTS, useExisting: OutboxScoreRequests }],
  exports: [OutboxScoreRequests, SCORE_REQUESTS],
})
export class KpiScoreRequestsModule {}
