/**
 * Every queue, every job name and its payload type, in one place. The worker refuses to
 * start when a job declared here has no processor.
 */
export const QueueName = {
  Audit: 'audit',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export interface JobPayloads {
  'audit.verify-chain': { requestedBy?: string };
}
export type JobName = keyof JobPayloads;

/** Which queue carries which jobs. */
export const DECLARED_JOBS: Record<QueueName, readonly JobName[]> = {
  [QueueName.Audit]: ['audit.verify-chain'],
};
