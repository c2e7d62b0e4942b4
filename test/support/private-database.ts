import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';

/**
 * A migrated database of one test file's own, for tests whose subject is shared by every
 * process on a database (chamber-wide settings, the outbox every worker's relay polls).
 */
export class PrivateDatabase {
  private constructor(
    readonly url: string,
    private readonly name: string,
  ) {}

  static async create(): Promise<PrivateDatabase> {
    const base = process.env.TEST_BASE_DATABASE_URL as string;
    const name = `${(process.env.DATABASE_URL as string).split('/').pop()}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    const ds = await new DataSource(dataSourceOptions(url.toString(), 2)).initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    return new PrivateDatabase(url.toString(), name);
  }

  async drop(): Promise<void> {
    const admin = new Client({ connectionString: process.env.TEST_BASE_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * The environment of an API or worker a test starts: one on a database of its own also gets a
 * queue prefix of its own (derived from the database, so a file's API and worker agree). Without
 * it, workers of other files took its jobs and scored them in their databases, and its worker took
 * theirs.
 */
export function scopedEnv(env: Record<string, string>): Record<string, string> {
  // The database it will use: the one it is given, or the one this file set for everything.
  const url = env.DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url || env.QUEUE_PREFIX) return env;
  const name = new URL(url).pathname.replace(/^\//, '');
  if (name === `tashakkol_${process.env.TEST_RUN_ID}`) return env; // the run's shared database
  // A private database is named `<shared>_<6 hex>`: the hex part tells it apart (prefixes are short).
  const own = name.split('_').pop() ?? '';
  return { ...env, QUEUE_PREFIX: `${process.env.QUEUE_PREFIX ?? 'test'}-${own}`.slice(-40) };
}
