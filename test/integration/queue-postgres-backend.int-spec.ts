import { INestApplicationContext } from '@nestjs/common';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';
import { eventually, startWorker } from '../support/worker';

// When no Redis can be had, `npm start` runs the queues on BullMQ's PostgreSQL backend.
describe("queues on BullMQ's PostgreSQL backend (no Redis)", () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  // A worker relays the outbox of the database it is pointed at: on the shared one it would take
  // other files' rows onto this file's queues, which end with it. This file's database is its own.
  let db: PrivateDatabase;
  beforeAll(async () => {
    db = await PrivateDatabase.create();
    const env = { QUEUE_BACKEND: 'postgres', REDIS_URL: '', DATABASE_URL: db.url };
    api = await startApi(env);
    worker = await startWorker(env);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('runs the audit integrity job end to end and reports ready', async () => {
    const admin = await api.adminToken();
    const before = (await api.get('/audit/integrity', admin)).body.check?.id ?? '0';
    expect((await api.post('/audit/integrity-checks', undefined, admin)).status).toBe(202);
    const check = await eventually(async () => {
      const c = (await api.get('/audit/integrity', admin)).body.check;
      return c && Number(c.id) > Number(before) ? c : undefined;
    }, 30000);
    expect(check.ok).toBe(true);
    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
  });
});
