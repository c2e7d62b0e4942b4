import { randomBytes } from 'crypto';
import { testDb } from './fixtures';

/** Indicators with codes unique to the calling test file, so files sharing the run's database never collide. */
export async function seedTestIndicators(): Promise<{
  members: string;
  services: string;
  share: string;
  revenue: string;
  funding: string;
}> {
  const ds = await testDb();
  const p = `t${randomBytes(3).toString('hex')}_`;
  const codes = {
    members: `${p}members`,
    services: `${p}services`,
    share: `${p}share`,
    revenue: `${p}revenue`,
    funding: `${p}funding`,
  };
  const rows: [string, string, string, string, string, string, string, string | null, number][] = [
    [codes.members, 'تعداد اعضا', 'members', 'membership', 'count', 'higher', 'reported', null, 2],
    [
      codes.services,
      'خدمات راه اندازی شده',
      'association',
      'services',
      'count',
      'higher',
      'reported',
      null,
      1,
    ],
    [codes.revenue, 'درآمد', 'chamber', 'governance', 'rials', 'higher', 'reported', null, 0],
    [codes.funding, 'کمک اتاق', 'chamber', 'governance', 'rials', 'lower', 'reported', null, 0],
    [
      codes.share,
      'سهم اتاق از درآمد',
      'chamber',
      'governance',
      'percent',
      'lower',
      'derived',
      `${codes.funding} / ${codes.revenue} * 100`,
      1,
    ],
  ];
  for (const [code, nameFa, axis, criterion, unit, direction, kind, formula, weight] of rows) {
    await ds.query(
      `INSERT INTO kpi_indicators (code, name_fa, name_en, axis, criterion, unit, direction, kind, formula, frequency,
         default_weight, public_policy, active, version)
       VALUES ($1, $2, $1, $3, $4, $5, $6, $7, $8, 'quarterly', $9, false, true, 1)`,
      [code, nameFa, axis, criterion, unit, direction, kind, formula, weight],
    );
  }
  return codes;
}

export async function setTarget(
  associationId: string,
  code: string,
  baseline: number,
  target: number,
  weight: number | null = null,
) {
  const ds = await testDb();
  await ds.query(
    `INSERT INTO kpi_targets (association_id, indicator_code, baseline, target, weight, agreed_at, version)
     VALUES ($1, $2, $3, $4, $5, now(), 1)`,
    [associationId, code, baseline, target, weight],
  );
}

/** Quarters of 1404 in Tehran time (UTC+03:30). */
export const QUARTER_STARTS: Record<string, string> = {
  '1404-Q1': '2025-03-20T20:30:00Z',
  '1404-Q2': '2025-06-21T20:30:00Z',
  '1404-Q3': '2025-09-22T20:30:00Z',
  '1404-Q4': '2025-12-21T20:30:00Z',
  '1405-Q1': '2026-03-20T20:30:00Z',
};

/**
 * What the acceptance of a report leaves in the database, written the way the accept transaction
 * writes it: the report accepted, its values, and an outbox row for the worker.
 */
export async function acceptedReport(
  associationId: string,
  period: string,
  values: Record<string, number>,
  revision = 1,
) {
  const ds = await testDb();
  const start = QUARTER_STARTS[period];
  const end = new Date(new Date(start).getTime() + 90 * 24 * 3600 * 1000).toISOString();
  await ds.transaction(async (em) => {
    const [r]: { id: string }[] = await em.query(
      `INSERT INTO kpi_reports (association_id, period, period_start, period_end, status, revision, submitted_at, accepted_at, version)
       VALUES ($1, $2, $3, $4, 'accepted', $5, now(), now(), 1)
       ON CONFLICT (association_id, period) DO UPDATE SET status = 'accepted', revision = EXCLUDED.revision
       RETURNING id`,
      [associationId, period, start, end, revision],
    );
    await em.query(`DELETE FROM kpi_report_values WHERE report_id = $1`, [r.id]);
    for (const [code, value] of Object.entries(values)) {
      await em.query(`INSERT INTO kpi_report_values (report_id, indicator_code, value) VALUES ($1, $2, $3)`, [
        r.id,
        code,
        value,
      ]);
    }
    await em.query(`INSERT INTO kpi_outbox (association_id, period, revision) VALUES ($1, $2, $3)`, [
      associationId,
      period,
      revision,
    ]);
  });
}
