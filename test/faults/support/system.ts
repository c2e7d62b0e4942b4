import { Queue } from 'bullmq';
import { Client } from 'pg';
import { eventually } from '../../support/worker';
import { counts, seedScoredAssociations } from './kpi-data';
import {
  dropDatabase,
  migratedDatabase,
  OwnRedis,
  Proc,
  spawnApi,
  SpawnedApi,
  spawnWorker,
  sql,
  note,
} from './processes';

/**
 * N API and M worker processes on one database of the test's own and one redis-server of its
 * own, with associations whose reports are accepted and scored once before the faults begin.
 */
export class System {
  readonly apis: SpawnedApi[] = [];
  readonly workers: Proc[] = [];
  private queues = new Map<string, Queue>();
  associationIds: string[] = [];
  periods: string[] = [];

  private constructor(
    readonly env: Record<string, string>,
    readonly redis: OwnRedis,
    readonly db: Client,
  ) {}

  static async start(opts: {
    apis: number;
    workers: number;
    associations: number;
    serverUrl?: string;
    env?: Record<string, string>;
    redis?: OwnRedis;
  }): Promise<System> {
    const serverUrl = opts.serverUrl ?? (process.env.TEST_BASE_DATABASE_URL as string);
    const [redis, dbUrl] = await Promise.all([opts.redis ?? OwnRedis.create(), migratedDatabase(serverUrl)]);
    const env = {
      DATABASE_URL: dbUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-f${Math.random().toString(36).slice(2, 6)}`,
      ...(opts.env ?? {}),
    };
    note(`database migrated, redis on ${redis.port}`);
    const system = new System(env, redis, await sql(dbUrl));
    // One API first: it creates the admin; the others then boot side by side.
    system.apis.push(await spawnApi(env, 'api-1'));
    const more = await Promise.all([
      ...Array.from({ length: opts.apis - 1 }, (_, i) => spawnApi(env, `api-${i + 2}`)),
    ]);
    system.apis.push(...more);
    if (opts.associations > 0) {
      const seeded = await seedScoredAssociations(system.db, system.api, opts.associations);
      system.associationIds = seeded.associationIds;
      system.periods = seeded.periods;
    }
    system.workers.push(
      ...(await Promise.all(
        Array.from({ length: opts.workers }, (_, i) => spawnWorker(env, `worker-${i + 1}`)),
      )),
    );
    note(`${system.associationIds.length} associations seeded`);
    if (opts.associations > 0 && opts.workers > 0) await system.allScored();
    note('all scored');
    return system;
  }

  get api() {
    return this.apis[0].api;
  }

  queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: { host: '127.0.0.1', port: this.redis.port, maxRetriesPerRequest: 1 },
        prefix: this.env.QUEUE_PREFIX,
      });
      q.on('error', () => undefined);
      this.queues.set(name, q);
    }
    return q;
  }

  /** Waits until every association has a score for every period (the outbox's jobs done). */
  async allScored(timeoutMs = 120_000): Promise<void> {
    const expected = this.associationIds.length * this.periods.length;
    await eventually(
      async () => ((await counts(this.db)).scores === expected ? true : undefined),
      timeoutMs,
      250,
    );
  }

  /** Waits until the queue has nothing waiting, active or delayed (a schedule's next run aside). */
  async drained(name: string, timeoutMs = 240_000): Promise<void> {
    const q = this.queue(name);
    await eventually(
      async () => {
        const c = await q.getJobCounts('waiting', 'active', 'prioritized');
        if (Object.values(c).some((n) => n > 0)) return undefined;
        const delayed = await q.getJobs(['delayed'], 0, -1);
        return delayed.every((j) => j.repeatJobKey || j.id?.startsWith('repeat:')) ? true : undefined;
      },
      timeoutMs,
      500,
    );
  }

  /** Replaces worker `i` by a freshly started one. */
  async restartWorker(i: number): Promise<Proc> {
    const w = await spawnWorker(this.env, `worker-${i + 1}`);
    this.workers[i] = w;
    return w;
  }

  /** Everything the processes said, for a failing test's message. */
  output(): string {
    return [...this.apis.map((a) => a.proc), ...this.workers]
      .map((p) => `--- ${p.name}\n${p.output.slice(-3000)}`)
      .join('\n');
  }

  async close(): Promise<void> {
    await Promise.all([
      ...this.apis.map((a) => a.proc.stop('SIGTERM')),
      ...this.workers.map((w) => w.stop()),
    ]);
    for (const q of this.queues.values()) await q.close().catch(() => undefined);
    await this.db.end().catch(() => undefined);
    await this.redis.stop();
    await dropDatabase(this.env.DATABASE_URL).catch(() => undefined);
  }
}
