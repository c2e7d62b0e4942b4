import { Logger, SetMetadata } from '@nestjs/common';
import { JobName, JobPayloads, QueueName } from './queues';

export const HANDLES_JOBS_KEY = 'tashakkol:handles-jobs';

export interface HandledJobs {
  queue: QueueName;
  jobs: readonly JobName[];
}

/** What a handler may know of the job it runs. */
export interface JobInfo {
  id?: string;
  name: string;
  attemptsMade: number;
}

/** One class per job name (`*.job.ts`): it translates the payload into one service call. */
export interface JobHandler<N extends JobName = JobName> {
  handle(data: JobPayloads[N], job: JobInfo): Promise<unknown>;
}

/** Declares the one job a handler class runs; the worker checks every declared job has one at boot. */
export const HandlesJob = <N extends JobName>(queue: QueueName, job: N) =>
  SetMetadata(HANDLES_JOBS_KEY, { queue, jobs: [job] } satisfies HandledJobs);

/** The declared jobs that no handler handles, e.g. `kpi/kpi.compute`. */
export function unhandledJobs(declared: Record<string, readonly string[]>, handled: HandledJobs[]): string[] {
  const have = new Set(handled.flatMap((h) => h.jobs.map((j) => `${h.queue}/${j}`)));
  return Object.entries(declared).flatMap(([queue, jobs]) =>
    jobs.map((j) => `${queue}/${j}`).filter((key) => !have.has(key)),
  );
}

/**
 * A queue's processor dispatches each job to the handler declared for its name. Built from the
 * handler instances the processor is given; a handler of another queue, or two for one job, is a
 * programming error and stops the worker at start.
 */
export class JobDispatch {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly logger: Logger;

  constructor(
    private readonly queue: QueueName,
    handlers: JobHandler[],
  ) {
    this.logger = new Logger(`${queue}-jobs`);
    for (const h of handlers) {
      const meta = Reflect.getMetadata(HANDLES_JOBS_KEY, h.constructor) as HandledJobs | undefined;
      if (!meta || meta.queue !== queue)
        throw new Error(`${h.constructor.name} is not a handler of the ${queue} queue`);
      for (const job of meta.jobs) {
        if (this.handlers.has(job)) throw new Error(`two handlers for ${queue}/${job}`);
        this.handlers.set(job, h);
      }
    }
  }

  async run(job: JobInfo & { data: unknown }): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`${this.queue} queue has no handler for job ${job.name}`);
    try {
      return await handler.handle(job.data as never, job);
    } catch (err) {
      // Never silent: every failed attempt is logged here and kept by BullMQ for GET /jobs.
      this.logger.error(
        `Job ${job.name} ${job.id} failed (attempt ${job.attemptsMade + 1}): ${err instanceof Error ? err.message : String(err)}`,
      );
      throw err;
    }
  }
}
