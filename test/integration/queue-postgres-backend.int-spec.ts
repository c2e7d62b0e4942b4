import { INestApplicationContext } from '@nestjs/common';
import { startApi, TestApi } from '../support/api';
import { eventually, startWorker } from '../support/worker';

// When no Redis can be had, `npm start` runs the queues on BullMQ's PostgreSQL backend.
describe("queues on BullMQ's PostgreSQL backend (no Redis)", () => {
  const env = { QUEUE_BACKEND: 'postgres', REDIS_URL: '' };
  let api: TestApi;
  let worker: INestApplicationContext;
  beforeAll(async () => {
    api = await startApi(env);
    worker = await startWorker(env);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
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
