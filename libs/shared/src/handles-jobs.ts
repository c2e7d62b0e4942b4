import { SetMetadata } from '@nestjs/common';
import { JobName, QueueName } from './queues';

export const HANDLES_JOBS_KEY = 'tashakkol:handles-jobs';

export interface HandledJobs {
  queue: QueueName;
  jobs: readonly JobName[];
}

/** Declares which jobs a processor handles; the worker checks this against DECLARED_JOBS at boot. */
export const HandlesJobs = (queue: QueueName, jobs: readonly JobName[]) =>
  SetMetadata(HANDLES_JOBS_KEY, { queue, jobs } satisfies HandledJobs);

/** The declared jobs that no processor handles, e.g. `kpi/kpi.compute`. */
export function unhandledJobs(declared: Record<string, readonly string[]>, handled: HandledJobs[]): string[] {
  const have = new Set(handled.flatMap((h) => h.jobs.map((j) => `${h.queue}/${j}`)));
  return Object.entries(declared).flatMap(([queue, jobs]) =>
    jobs.map((j) => `${queue}/${j}`).filter((key) => !have.has(key)),
  );
}
