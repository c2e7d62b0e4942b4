import type { RescoreReason } from './ports/score-requests';

/**
 * Every queue, every job name and its payload type, in one place. The worker refuses to
 * start when a job declared here has no processor.
 */
export const QueueName = {
  Audit: 'audit',
  Kpi: 'kpi',
  Notifications: 'notifications',
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
    reason: 'accepted' | 'recompute' | RescoreReason;
  };
  /** A recompute's chunk: many associations scored in one job (each source read once for all). */
  'kpi.score-associations': { associationIds: string[]; reason: 'recompute' };
  /** Fan out the associations with accepted reports in chunks of `RECOMPUTE_CHUNK_SIZE` (`kpi.score-associations`). */
  'kpi.recompute-all': { requestedBy?: string };
  /** Nightly: missing reports and stalled phases raise alerts, then a recompute of everyone. */
  'kpi.nightly-checks': Record<string, never>;
  /** E-mail one notification to its recipient (claimed before it is sent, so a rerun never sends twice). */
  'notifications.send-email': { notificationId: string };
  /** Rebuild the roadmap's read model (debounced: one waiting job at a time). */
  'roadmap.refresh': { reason: string };
}
export type JobName = keyof JobPayloads;

/**
 * Associations per `kpi.score-associations` job of a full recompute: large enough that the fixed
 * cost of a job (its transaction, its queries) is shared, small enough that a chunk's reads stay in
 * memory and its locks are held briefly.
 */
export const RECOMPUTE_CHUNK_SIZE = 100;

/** Which queue carries which jobs. */
export const DECLARED_JOBS: Record<QueueName, readonly JobName[]> = {
  [QueueName.Audit]: ['audit.verify-chain'],
  [QueueName.Kpi]: ['kpi.score-report', 'kpi.score-associations', 'kpi.recompute-all', 'kpi.nightly-checks'],
  [QueueName.Notifications]: ['notifications.send-email'],
  [QueueName.Roadmap]: ['roadmap.refresh'],
};

/**
 * How often a job may be found stalled (its worker died holding it) and run again before BullMQ
 * fails it. BullMQ's default, 1, lost a job when a worker was killed twice while holding it (the
 * fault suite kills one 20 times); every job here is idempotent, so running it again is safe.
 */
export const MAX_STALLED_RUNS = 20;
