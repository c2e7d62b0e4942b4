/**
 * Every queue, every job name and its payload type, in one place. The worker refuses to
 * start when a job declared here has no processor.
 */
export const QueueName = {
  Audit: 'audit',
  Kpi: 'kpi',
  Roadmap: 'roadmap',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export interface JobPayloads {
  'audit.verify-chain': { requestedBy?: string };
  /** Score an association's accepted reports (all its periods, so trends stay consistent). */
  'kpi.score-report': {
    associationId: string;
    period?: string;
    revision?: number;
    reason: 'accepted' | 'recompute' | 'grant_delivered' | 'chamber_assessment';
  };
  /** Fan out one `kpi.score-report` per association with accepted reports. */
  'kpi.recompute-all': { requestedBy?: string };
  /** Nightly: missing reports and stalled phases raise alerts, then a recompute of everyone. */
  'kpi.nightly-checks': Record<string, never>;
  /** Rebuild the roadmap's read model (debounced: one waiting job at a time). */
  'roadmap.refresh': { reason: string };
}
export type JobName = keyof JobPayloads;

/** Which queue carries which jobs. */
export const DECLARED_JOBS: Record<QueueName, readonly JobName[]> = {
  [QueueName.Audit]: ['audit.verify-chain'],
  [QueueName.Kpi]: ['kpi.score-report', 'kpi.recompute-all', 'kpi.nightly-checks'],
  [QueueName.Roadmap]: ['roadmap.refresh'],
};
