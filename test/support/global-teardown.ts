import { rmSync } from 'fs';
import Redis from 'ioredis';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const run = process.env.TEST_RUN_ID;
  if (!run || process.env.KEEP_TEST_DB) return;
  const admin = new Client({ connectionString: process.env.TEST_BASE_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS tashakkol_${run} WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(process.env.REDIS_URL as string, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${run}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Redis gone: nothing of ours to clean there.
  } finally {
    redis.disconnect();
  }
  rmSync(`.data/test-files/${run}`, { recursive: true, force: true });
}
