/**
 * The president's overview at scale: 5,000 associations spread over the six phases, 20,000
 * support grants, 8 scored periods each (40,000 scores) and open alerts; then N sequential
 * authenticated GET /api/v1/roadmap/overview through the real API, printing p50/p95/p99.
 * Goal: p95 ≤ 50 ms.
 *   node -r ./scripts/register.js bench/roadmap-overview/run.ts [associations=5000] [requests=300]
 */
import { ChildProcess } from 'child_process';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { runSeeds } from '../../db/seeds/run';
import { benchDatabase, login, startServer } from '../support/bench-env';

const associations = Number(process.argv[2] ?? 5000);
const requests = Number(process.argv[3] ?? 300);

async function generate(ds: DataSource): Promise<void> {
  await ds.query(
    `INSERT INTO associations (name_fa, phase, phase_entered_at, status, category_id, legal_form, city, version, search_text)
     SELECT 'انجمن ' || g, (ARRAY['concept_review','diagnosis','potential_assessment','formation','support_monitoring','development'])[1 + g % 6],
            now() - make_interval(days => (g * 7919) % 700), 'active',
            (SELECT id FROM sector_categories ORDER BY id LIMIT 1 OFFSET g % 10), 'association', 'کرمان', 1, 'انجمن ' || g
       FROM generate_series(1, $1) g`,
    [associations],
  );
  const [{ id: userId }] = await ds.query(`SELECT id FROM users LIMIT 1`);
  await ds.query(
    `INSERT INTO support_grants (association_id, kind_code, phase, suits_phase, amount_rials, justification, status, fiscal_year, requested_by, requested_at, version, precautions)
     SELECT a.id, k.code, a.phase, true, 1000000 * (1 + i), 'bench', (ARRAY['requested','approved','delivered','rejected'])[1 + i % 4], 1404 + i % 2, $1, now(), 1,
            CASE WHEN i % 9 = 0 THEN ARRAY['financial_independence'] ELSE '{}'::text[] END
       FROM associations a CROSS JOIN generate_series(0, 3) i
       JOIN LATERAL (SELECT code FROM support_kinds ORDER BY code LIMIT 1 OFFSET i) k ON true`,
    [userId],
  );
  await ds.query(
    `INSERT INTO kpi_scores (association_id, period, period_start, revision, composite, grade, trend, axes, criteria, indicators, computed_at)
     SELECT a.id, (1403 + q / 4)::text || '-Q' || (1 + q % 4), timestamptz '2024-03-20' + make_interval(months => 3 * q), 1,
            c, CASE WHEN c >= 85 THEN 'A' WHEN c >= 70 THEN 'B' WHEN c >= 50 THEN 'C' ELSE 'D' END,
            '{}'::jsonb, '{}'::jsonb, '{}'::jsonb, '[]'::jsonb, now()
       FROM associations a CROSS JOIN generate_series(0, 7) q
       CROSS JOIN LATERAL (SELECT round((random() * 100)::numeric, 2) AS c) r`,
  );
  await ds.query(
    `INSERT INTO kpi_alerts (association_id, kind, period, message_fa, message_en)
     SELECT id, 'report_missing', '1404-Q4', 'گزارش نرسیده', 'Report missing' FROM associations WHERE random() < 0.2`,
  );
  await ds.query('ANALYZE');
}

async function main() {
  const db = await benchDatabase();
  const env: Record<string, string> = { ...db.env, PORT: '3913' };
  let child: ChildProcess | undefined;
  try {
    const ds = await new DataSource(dataSourceOptions(env.DATABASE_URL, 2)).initialize();
    await ds.runMigrations();
    await runSeeds(ds, { log: () => undefined });
    const t0 = Date.now();
    await generate(ds);
    console.log(
      `generated ${associations} associations with grants, scores and alerts in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    await ds.destroy();
    child = await startServer(join(__dirname, '..', 'read-by-id', 'api-server.ts'), env);
    const accessToken = await login(3913, 'president@tashakkol.local', 'demo-password');
    const headers = { authorization: `Bearer ${accessToken}` };
    const times: number[] = [];
    for (let i = 0; i < requests + 20; i++) {
      const start = process.hrtime.bigint();
      const res = await fetch('http://127.0.0.1:3913/api/v1/roadmap/overview', { headers });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`overview answered ${res.status}`);
      if (i >= 20) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) =>
      times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
    console.log(
      `GET /roadmap/overview, ${associations} associations, ${requests} sequential requests after 20 warm-up:`,
    );
    console.log(`  p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms (goal p95 ≤ 50 ms)`);
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
