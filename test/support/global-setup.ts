import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
// globalSetup runs outside Jest's module mapper, so the alias is not available here.
// eslint-disable-next-line no-restricted-imports
import { dataSourceOptions } from '../../libs/database/src/data-source-options';

/**
 * One database and one queue prefix per test run, so two runs (or a run and the demo) never
 * see each other's data. Every test file of the run shares them and creates its own rows.
 */
export default async function globalSetup(): Promise<void> {
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const run = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const dbName = `tashakkol_${run}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: run,
    JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'admin@test.local',
    ADMIN_PASSWORD: 'admin-password-for-tests',
    LOG_LEVEL: 'silent',
    // Every test file logs in from 127.0.0.1; the throttling tests set the real limits themselves.
    LOGIN_THROTTLE_LIMIT: '1000',
    LOGIN_ADDRESS_LIMIT: '100000',
    TEST_RUN_ID: run,
    TEST_BASE_DATABASE_URL: base,
    STORAGE_DIR: `.data/test-files/${run}`,
  });
  // Migrations need no entities; loading them here would need the @tashakkol/* aliases, which Jest maps only inside tests.
  const ds = new DataSource({ ...dataSourceOptions(process.env.DATABASE_URL as string, 2), entities: [] });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
