/**
 * Told by kpi's worker once scores were written and no more scoring waits in its queue: one
 * association rescored (a report accepted, a fact changed), or the last chunk of a recompute.
 * Roadmap provides it (a debounced rebuild of its read model), so the president's figures follow
 * the scores within seconds instead of at the next scheduled rebuild; kpi calls it without
 * importing roadmap. A failure to tell is logged, never fails the scoring: the schedule catches up.
 */
export interface ScoresSettled {
  scoresSettled(): Promise<void>;
}

export const SCORES_SETTLED = Symbol('SCORES_SETTLED');
