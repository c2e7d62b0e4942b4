import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import type { PhaseKey } from '@tashakkol/associations';
import { TestApi } from './api';

let db: DataSource | undefined;

/** A direct connection to this test run's database, for set-up and for checking what was stored. */
export async function testDb(): Promise<DataSource> {
  if (!db || !db.isInitialized) db = await new DataSource(dataSourceOptions(process.env.DATABASE_URL as string, 2)).initialize();
  return db;
}

export async function closeTestDb(): Promise<void> {
  if (db?.isInitialized) await db.destroy();
  db = undefined;
}

export interface AssociationFixture {
  id: string;
  nameFa: string;
}

/**
 * Creates an association for a test (signature kept stable for every test file).
 * `phase` puts it straight into that phase (set-up only; real moves go through the lifecycle).
 */
export async function createAssociation(
  _api: TestApi,
  overrides: { nameFa?: string; phase?: PhaseKey } = {},
): Promise<AssociationFixture> {
  const ds = await testDb();
  const nameFa = overrides.nameFa ?? `انجمن آزمایشی ${Math.random().toString(36).slice(2, 8)}`;
  const rows: { id: string }[] = await ds.query(
    `INSERT INTO associations (name_fa, phase, version) VALUES ($1, $2, 1) RETURNING id`,
    [nameFa, overrides.phase ?? 'concept_review'],
  );
  return { id: rows[0].id, nameFa };
}
