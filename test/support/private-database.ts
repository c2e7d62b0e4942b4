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
