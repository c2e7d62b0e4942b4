/**
 * Every job id, built here and nowhere else. Ids are derived from the work, so a retry or a
 * duplicate request collapses into the job already queued. BullMQ refuses a custom id with one `:`
 * or more than two (`Custom Id cannot contain :`), and a number: either none or exactly two, hence
 * the dashes inside the last part (`job-ids.spec.ts` runs each through BullMQ's own check).
 */
export const jobIds = {
  /**
   * One integrity check per minute (UTC, `yyyymmddhhmm`): a second request in the same minute joins
   * the first. (It carried the ISO time, whose one `:` made the two BullMQ asks for only by luck.)
   */
  verifyChain: (at: Date): string =>
    `audit:verify-chain:${at.toISOString().slice(0, 16).replace(/[-T:]/g, '')}`,
  /** A report's scoring after its acceptance: `kpi:<associationId>:<period>-r<revision>`. */
  scoreReport: (associationId: string, period: string, revision: number): string =>
    `kpi:${associationId}:${period}-r${revision}`,
  /** A rescoring because a fact it reads changed (a delivered grant …); `ref` (its outbox row) makes each one job. */
  rescore: (associationId: string, reason: string, ref: string): string =>
    `kpi:${associationId}:${reason}-${ref}`,
  /** One association's scoring within a recompute run: a second fan-out of the same run collapses. */
  scoreInRun: (associationId: string, runId: string): string => `kpi:${associationId}:all-${runId}`,
  /** The n-th chunk (from 0, associations by id) of a recompute run: a second fan-out of the run collapses. */
  scoreChunkInRun: (chunk: number, runId: string): string => `kpi:chunk-${chunk}:all-${runId}`,
  recomputeAll: (runId: string): string => `kpi:recompute-all:${runId}`,
  nightlyChecks: (runId: string): string => `kpi:nightly-checks:${runId}`,
  /**
   * The roadmap's read model is rebuilt by one waiting job at a time: a second request joins it.
   * (It was `roadmap:refresh`, which BullMQ refused: no reader's or change's rebuild was ever queued.)
   */
  roadmapRefresh: (): string => 'roadmap:refresh:waiting',
  /** One e-mail per notification (which is itself unique per event and recipient). */
  sendEmail: (notificationId: string): string => `notifications:email:${notificationId}`,
} as const;

/** The run a job id belongs to (its last part), e.g. to fan out under the same run id. */
export function runIdOf(jobId: string | undefined): string {
  return jobId?.split(':').pop() ?? String(Date.now());
}

/** A run id from a moment: sortable, and without the `:` and `.` that job ids may not carry. */
export function runIdAt(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '');
}
