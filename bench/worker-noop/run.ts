/**
 * Worker throughput: how many no-op jobs a second the worker's queue set-up completes (BullMQ on
 * Redis, the KPI queue's job options and concurrency, jobs dispatched by name through JobDispatch
 * as every processor does). Goal: ≥ 1,000 jobs/s. Also prints BullMQ's bare worker (concurrency 1,
 * no options, no dispatch) measured in the same run, as the yardstick.
 *   node -r ./scripts/register.js bench/worker-noop/run.ts [jobs=20000] [concurrency=4]
 */
import 'reflect-metadata';
import { randomBytes } from 'crypto';
import { Queue, Worker } from 'bullmq';
import { queueConnection } from '@tashakkol/database';
import { HandlesJob, JobDispatch, JobHandler, QueueName } from '@tashakkol/shared';
import { KPI_JOB_OPTIONS } from '@tashakkol/kpi';
import type { Environment } from '@tashakkol/config';

const jobs = Number(process.argv[2] ?? 20_000);
const concurrency = Number(process.argv[3] ?? 4);

@HandlesJob(QueueName.Kpi, 'kpi.nightly-checks')
class NoOpJob implements JobHandler<'kpi.nightly-checks'> {
  handle(): Promise<unknown> {
    return Promise.resolve(null);
  }
}

async function measure(
  label: string,
  options: { concurrency: number; dispatch: boolean; jobOptions: boolean },
) {
  const prefix = `bench-noop-${randomBytes(3).toString('hex')}`;
  const env = {
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_BACKEND: 'redis',
    QUEUE_PREFIX: prefix,
  };
  const connection = queueConnection(env as unknown as Environment) as never;
  const queue = new Queue(QueueName.Kpi, { connection, prefix });
  const dispatch = new JobDispatch(QueueName.Kpi, [new NoOpJob()]);
  for (let i = 0; i < jobs; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({
        name: 'kpi.nightly-checks',
        data: { n: i + k },
        opts: options.jobOptions ? { ...KPI_JOB_OPTIONS, jobId: `noop-${i + k}` } : undefined,
      })),
    );
  }
  let done = 0;
  let started = 0;
  const finished = new Promise<void>((resolve) => {
    const worker = new Worker(
      QueueName.Kpi,
      async (job) => {
        if (started === 0) started = performance.now();
        if (options.dispatch)
          await dispatch.run({ id: job.id, name: job.name, attemptsMade: job.attemptsMade, data: job.data });
      },
      { connection, prefix, concurrency: options.concurrency },
    );
    worker.on('completed', () => {
      done += 1;
      if (done === jobs) void worker.close().then(() => resolve());
    });
  });
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  const rate = jobs / seconds;
  console.log(
    `  ${label.padEnd(62)}: ${rate.toFixed(0).padStart(6)} jobs/s (${jobs} jobs in ${seconds.toFixed(2)} s)`,
  );
  return rate;
}

async function main() {
  console.log(`no-op jobs through BullMQ on Redis, ${jobs} jobs each`);
  const bare = await measure('bare BullMQ worker (concurrency 1)', {
    concurrency: 1,
    dispatch: false,
    jobOptions: false,
  });
  const ours = await measure(`the worker's set-up (KPI options, dispatch, concurrency ${concurrency})`, {
    concurrency,
    dispatch: true,
    jobOptions: true,
  });
  console.log(
    `  ratio (ours ÷ bare): ${(ours / bare).toFixed(2)}; goal ≥ 1,000 jobs/s: ${ours >= 1000 ? 'met' : 'NOT met'}`,
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
