import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import type { PhaseKey } from '@tashakkol/associations';
import { TestApi } from './api';

let db: DataSource | undefined;

/** A direct connection to this test run's database, for set-up and for checking what was stored. */
export async function testDb(): Promise<DataSource> {
  if (!db || !db.isInitialized)
    db = await new DataSource(dataSourceOptions(process.env.DATABASE_URL as string, 2)).initialize();
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

export interface TestCatalogs {
  legalForm: string;
  categoryId: number;
}

/**
 * The catalog rows an association needs (the e2e database has migrations but no seeds):
 * legal form `association` and one sector category, created once per run.
 */
export async function testCatalogs(): Promise<TestCatalogs> {
  const ds = await testDb();
  await ds.query(
    `INSERT INTO legal_forms (code, name_fa, name_en, sort_order, version) VALUES
       ('association', 'انجمن', 'Association', 1, 1), ('union', 'اتحادیه', 'Union', 2, 1)
     ON CONFLICT (code) DO NOTHING`,
  );
  await ds.query(
    `INSERT INTO sector_categories (name_fa, name_en, isic, priority, version) VALUES ('پسته', 'Pistachio', '0125', true, 1)
     ON CONFLICT (name_fa) DO NOTHING`,
  );
  const rows: { id: number }[] = await ds.query(`SELECT id FROM sector_categories WHERE name_fa = 'پسته'`);
  return { legalForm: 'association', categoryId: rows[0].id };
}

/** A valid body for POST /associations. */
export async function associationBody(
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const { legalForm, categoryId } = await testCatalogs();
  return {
    nameFa: `انجمن آزمایشی ${Math.random().toString(36).slice(2, 8)}`,
    legalForm,
    scope: 'provincial',
    membershipType: 'firms',
    categoryId,
    city: 'کرمان',
    ...overrides,
  };
}

/**
 * Creates an association for a test through `POST /associations` (signature kept stable for
 * every test file). `phase` puts it straight into that phase (set-up only; real moves go
 * through the lifecycle).
 */
export async function createAssociation(
  api: TestApi,
  overrides: { nameFa?: string; phase?: PhaseKey } = {},
): Promise<AssociationFixture> {
  const body = await associationBody(overrides.nameFa ? { nameFa: overrides.nameFa } : {});
  const res = await api.post('/associations', body, await api.adminToken());
  if (res.status !== 201)
    throw new Error(`create association failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (overrides.phase && overrides.phase !== 'concept_review') {
    await (
      await testDb()
    ).query(`UPDATE associations SET phase = $2, phase_entered_at = now() WHERE id = $1`, [
      res.body.id,
      overrides.phase,
    ]);
  }
  return { id: res.body.id, nameFa: res.body.nameFa };
}
