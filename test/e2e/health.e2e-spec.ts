import { startApi, TestApi } from '../support/api';
import { eventually } from '../support/worker';
import { PrivateRedis } from '../support/redis-server';

describe('health', () => {
  let redis: PrivateRedis;
  let api: TestApi;
  beforeAll(async () => {
    redis = await PrivateRedis.create();
    api = await startApi({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await api.close();
    await redis.stop();
  });

  it('is live without a token', async () => {
    const res = await api.get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('is ready while PostgreSQL and Redis answer, 503 when Redis stops, and ready again after', async () => {
    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });

    await redis.stop();
    const down = await eventually(async () => {
      const r = await api.get('/health/ready');
      return r.status === 503 ? r : undefined;
    });
    expect(down.body.details.redis.status).toBe('down');
    expect(down.body.details.postgres.status).toBe('up');

    await redis.start();
    await eventually(async () => ((await api.get('/health/ready')).status === 200 ? true : undefined), 20000);
  });
});
