import { INestApplicationContext } from '@nestjs/common';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';
import { acceptedReport, seedTestIndicators, setTarget } from '../support/kpi-scoring';
import { PrivateDatabase } from '../support/private-database';
import { PrivateRedis } from '../support/redis-server';
import { eventually, startWorker } from '../support/worker';

jest.setTimeout(90000);

describe('KPI outbox: an acceptance while Redis is down is scored once Redis returns', () => {
  let redis: PrivateRedis;
  let api: TestApi;
  let worker: INestApplicationContext;
  let db: PrivateDatabase;
  const sharedDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    // Every worker of the test run relays the outbox of the database it is pointed at: this
    // file's outbox must be its own, or another file's worker would dispatch it to the shared Redis.
    db = await PrivateDatabase.create();
    process.env.DATABASE_URL = db.url;
    redis = await PrivateRedis.create();
    api = await startApi({ REDIS_URL: redis.url });
    worker = await startWorker({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await redis?.stop();
    await closeTestDb();
    process.env.DATABASE_URL = sharedDatabaseUrl;
    await db?.drop();
  });

  it('keeps the outbox row (counting attempts) while Redis is down, then dispatches it and the scores appear', async () => {
    const codes = await seedTestIndicators();
    const assoc = await createAssociation(api, { phase: 'support_monitoring' });
    await setTarget(assoc.id, codes.members, 100, 200);
    const staff = (await api.userWithRole('staff')).token;
    const db = await testDb();

    await redis.stop();
    await acceptedReport(assoc.id, '1404-Q3', { [codes.members]: 150 });

    const pending = await eventually(async () => {
      const [row] = await db.query(
        `SELECT attempts, dispatched_at, last_error FROM kpi_outbox WHERE association_id = $1`,
        [assoc.id],
      );
      return row && row.attempts >= 2 ? row : undefined;
    }, 30000);
    expect(pending.dispatched_at).toBeNull();
    expect(pending.last_error).toBeTruthy();
    expect((await api.get(`/associations/${assoc.id}/scores?period=1404-Q3`, staff)).status).toBe(404);

    await redis.start();
    const scores = await eventually(
      async () => {
        const r = await api.get(`/associations/${assoc.id}/scores?period=1404-Q3`, staff);
        return r.status === 200 ? r.body : undefined;
      },
      45000,
      250,
    );
    expect(scores).toMatchObject({ period: '1404-Q3', composite: 75, grade: 'B' });
    const [row] = await db.query(
      `SELECT dispatched_at, last_error FROM kpi_outbox WHERE association_id = $1`,
      [assoc.id],
    );
    expect(row.dispatched_at).not.toBeNull();
    expect(row.last_error).toBeNull();
    const [count] = await db.query(`SELECT count(*)::int AS n FROM kpi_scores WHERE association_id = $1`, [
      assoc.id,
    ]);
    expect(count.n).toBe(1);
  });
});
