import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';
import { PrivateRedis } from '../support/redis-server';
import { eventually, startWorker } from '../support/worker';

jest.setTimeout(120_000);

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  const value = await work;
  return { value, ms: Date.now() - start };
}

describe('when Redis goes down and comes back (issue 13, finding 5)', () => {
  let redis: PrivateRedis;
  let api: TestApi;
  let worker: INestApplicationContext;
  const prefix = `${process.env.QUEUE_PREFIX}-redisdown`;

  // A worker relays the outbox of the database it is pointed at: on the shared one it would take
  // other files' rows onto this file's Redis, which ends with it. This file's database is its own.
  let db: PrivateDatabase;
  beforeAll(async () => {
    db = await PrivateDatabase.create();
    redis = await PrivateRedis.create();
    const env = { REDIS_URL: redis.url, QUEUE_PREFIX: prefix, DATABASE_URL: db.url };
    api = await startApi(env);
    worker = await startWorker(env);
  });
  afterAll(async () => {
    await api?.close();
    await worker?.close();
    await redis?.stop();
    await db?.drop();
  });

  async function schedulers(): Promise<string[]> {
    const ids: string[] = [];
    for (const name of ['kpi', 'audit']) {
      const q = new Queue(name, { connection: { host: '127.0.0.1', port: redis.port }, prefix });
      ids.push(...(await q.getJobSchedulers()).map((s) => s.key));
      await q.close();
    }
    return ids.sort();
  }

  it('keeps login and refresh working, answers queue operations with a quick 503, and the worker re-registers its schedules', async () => {
    const admin = await api.adminToken();
    const user = await api.userWithRole('staff');
    const session = await api.post('/auth/login', { email: user.email, password: 'password-for-tests' });
    expect(session.status).toBe(200);
    expect(await schedulers()).toEqual(['audit-verify-nightly', 'kpi-nightly-checks']);

    await redis.stop();

    const login = await api.post('/auth/login', { email: user.email, password: 'password-for-tests' });
    expect(login.status).toBe(200);
    const refresh = await api.post('/auth/refresh', { refreshToken: session.body.refreshToken });
    expect(refresh.status).toBe(200);
    for (const call of [
      () => api.post('/kpi/recompute', {}, admin),
      () => api.get('/jobs', admin),
      () => api.post('/audit/integrity-checks', {}, admin),
    ]) {
      const { value: res, ms } = await timed(call());
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(ms).toBeLessThan(5000);
    }

    await redis.start(); // empty: no persistence, so the schedules are gone
    await eventually(async () => {
      const ids = await schedulers();
      return ids.length === 2 ? ids : undefined;
    }, 40_000);
    expect(await schedulers()).toEqual(['audit-verify-nightly', 'kpi-nightly-checks']);
    const again = await eventually(async () => {
      const res = await api.post('/kpi/recompute', {}, admin);
      return res.status === 202 ? res : undefined;
    }, 30_000);
    expect(again.body.jobId).toBeTruthy();
  });
});
