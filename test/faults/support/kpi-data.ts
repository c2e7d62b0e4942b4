import { jobIds, RECOMPUTE_CHUNK_SIZE } from '@tashakkol/shared';
import { Client } from 'pg';
import { TestApi } from '../../support/api';
import { QUARTER_STARTS } from '../../support/kpi-scoring';

const PERIODS = ['1404-Q1', '1404-Q2', '1404-Q3', '1404-Q4'];

/**
 * Associations with four accepted quarterly reports each whose composite falls every quarter,
 * so each scoring raises `score_declining` alerts and notifies a staff user: a job that ran
 * twice would show as a second alert or notification.
 */
export async function seedScoredAssociations(
  db: Client,
  api: TestApi,
  count: number,
): Promise<{ associationIds: string[]; periods: string[] }> {
  await db.query(
    `INSERT INTO legal_forms (code, name_fa, name_en, sort_order, version) VALUES ('association', 'انجمن', 'Association', 1, 1)
     ON CONFLICT (code) DO NOTHING`,
  );
  await db.query(
    `INSERT INTO sector_categories (name_fa, name_en, isic, priority, version) VALUES ('پسته', 'Pistachio', '0125', true, 1)
     ON CONFLICT (name_fa) DO NOTHING`,
  );
  const [{ id: categoryId }] = (await db.query(`SELECT id FROM sector_categories WHERE name_fa = 'پسته'`))
    .rows as { id: number }[];
  await db.query(
    `INSERT INTO kpi_indicators (code, name_fa, name_en, axis, criterion, unit, direction, kind, formula, frequency,
       default_weight, public_policy, active, version)
     VALUES ('fault_members', 'تعداد اعضا', 'members', 'members', 'membership', 'count', 'higher', 'reported', null, 'quarterly', 2, false, true, 1),
            ('fault_services', 'خدمات', 'services', 'association', 'services', 'count', 'higher', 'reported', null, 'quarterly', 1, false, true, 1)
     ON CONFLICT (code) DO NOTHING`,
  );
  const admin = await api.adminToken();
  const staff = await api.post(
    '/users',
    {
      email: `staff-${Date.now().toString(36)}@test.local`,
      password: 'password-for-tests',
      fullName: 'کارشناس آزمون',
      role: 'staff',
    },
    admin,
  );
  if (staff.status !== 201) throw new Error(`staff user: ${staff.status} ${JSON.stringify(staff.body)}`);
  const associationIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await api.post(
      '/associations',
      {
        nameFa: `انجمن خطا ${i} ${Math.random().toString(36).slice(2, 6)}`,
        legalForm: 'association',
        scope: 'provincial',
        membershipType: 'firms',
        categoryId,
        city: 'کرمان',
      },
      admin,
    );
    if (res.status !== 201) throw new Error(`association: ${res.status} ${JSON.stringify(res.body)}`);
    associationIds.push(res.body.id);
  }
  for (const [n, id] of associationIds.entries()) {
    await db.query(
      `INSERT INTO kpi_targets (association_id, indicator_code, baseline, target, weight, agreed_at, version)
       VALUES ($1, 'fault_members', 0, 200, null, now(), 1), ($1, 'fault_services', 0, 10, null, now(), 1)`,
      [id],
    );
    for (const [q, period] of PERIODS.entries()) {
      const start = QUARTER_STARTS[period];
      const end = new Date(new Date(start).getTime() + 90 * 24 * 3600 * 1000).toISOString();
      const { rows } = await db.query(
        `INSERT INTO kpi_reports (association_id, period, period_start, period_end, status, revision, submitted_at, accepted_at, version)
         VALUES ($1, $2, $3, $4, 'accepted', 1, now(), now(), 1) RETURNING id`,
        [id, period, start, end],
      );
      await db.query(
        `INSERT INTO kpi_report_values (report_id, indicator_code, value) VALUES ($1, 'fault_members', $2), ($1, 'fault_services', $3)`,
        [rows[0].id, 190 - q * 40 - (n % 7), 9 - q * 2],
      );
    }
    // What the acceptance of the last report leaves for the worker's relay.
    await db.query(`INSERT INTO kpi_outbox (association_id, period, revision) VALUES ($1, '1404-Q4', 1)`, [
      id,
    ]);
  }
  return { associationIds, periods: PERIODS };
}

/** Every stored score, in a form to compare two runs (computed_at left out). */
export async function scoreSnapshot(db: Client): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT association_id, period, revision, composite, grade, axes, criteria, indicators, trend
     FROM kpi_scores ORDER BY association_id, period`,
  );
  return rows.map((r) => JSON.stringify(r));
}

export interface Counts {
  scores: number;
  duplicateScores: number;
  alerts: number;
  notifications: number;
  duplicateNotifications: number;
}

export async function counts(db: Client): Promise<Counts> {
  const one = async (q: string) => Number((await db.query(q)).rows[0].n);
  return {
    scores: await one(`SELECT count(*) AS n FROM kpi_scores`),
    duplicateScores: await one(
      `SELECT count(*) AS n FROM (SELECT 1 FROM kpi_scores GROUP BY association_id, period HAVING count(*) > 1) d`,
    ),
    alerts: await one(`SELECT count(*) AS n FROM kpi_alerts`),
    notifications: await one(`SELECT count(*) AS n FROM notifications`),
    duplicateNotifications: await one(
      `SELECT count(*) AS n FROM (SELECT 1 FROM notifications GROUP BY user_id, dedupe_key HAVING count(*) > 1) d`,
    ),
  };
}

/** The job ids of a recompute run over these associations: one per chunk (`RECOMPUTE_CHUNK_SIZE`). */
export function recomputeJobIds(associationIds: string[], runId: string): string[] {
  const chunks = Math.ceil(new Set(associationIds).size / RECOMPUTE_CHUNK_SIZE);
  return Array.from({ length: chunks }, (_, k) => jobIds.scoreChunkInRun(k, runId));
}
