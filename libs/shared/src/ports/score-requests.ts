import type { EntityManager } from 'typeorm';

/** Why an association's scores must be computed again, other than a report's acceptance. */
export type RescoreReason = 'grant_delivered' | 'chamber_assessment';

/**
 * Asks kpi to score an association again because a fact it reads changed (a grant delivered).
 * Runs in the caller's transaction (an outbox row), so the request is never lost and never sent
 * for a change that rolled back. Kpi provides it; supports calls it without importing kpi.
 */
export interface ScoreRequests {
  requestRescore(em: EntityManager, associationId: string, reason: RescoreReason, ref: string): Promise<void>;
}

export const SCORE_REQUESTS = Symbol('SCORE_REQUESTS');
