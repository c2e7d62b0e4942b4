import type { EntityManager } from 'typeorm';

/** Why an association's scores must be computed again, other than a report's acceptance. */
export type RescoreReason =
  | 'grant_delivered'
  | 'chamber_assessment'
  /** participation: answers arrived for a survey run (`ref` = the run: one request per run until the relay takes it). */
  | 'survey_answered'
  /** participation: a survey run was closed. */
  | 'survey_closed'
  /** participation: a general assembly was recorded or corrected. */
  | 'assembly_recorded'
  /** participation: a board election was counted. */
  | 'election_counted'
  /** participation: the member registry changed (members count, the member database's records). */
  | 'members_changed';

/**
 * Asks kpi to score an association again because a fact it reads changed (a grant delivered, a
 * survey answered …). Runs in the caller's transaction (an outbox row), so the request is never
 * lost and never sent for a change that rolled back. Kpi provides it; supports and participation
 * call it without importing kpi. A second request with the same reason and `ref` while the first
 * is still waiting for the relay adds nothing (one job per run, however many answers arrive).
 */
export interface ScoreRequests {
  requestRescore(
    em: EntityManager,
    associationId: string,
    reason: RescoreReason,
    ref: string,
    period?: string,
  ): Promise<void>;
}

export const SCORE_REQUESTS = Symbol('SCORE_REQUESTS');
