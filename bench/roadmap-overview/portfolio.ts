import { DataSource } from 'typeorm';

export interface PortfolioSize {
  associations: number;
  /** Monthly scored and reported periods per association, ending with 1405-08. */
  periods: number;
  /** Indicators in each score's stored breakdown. */
  indicators: number;
  grants: number;
  /** Association numbers start after this (to grow a portfolio already generated). */
  offset?: number;
}

/**
 * A synthetic portfolio written with generate_series (no per-row round trips): associations over
 * the six phases, categories, cities, legal forms and scopes; monthly scores and reports; grants
 * of every kind and status, delivered ones spread over the periods; milestones for phase 6.
 * Needs the support kinds (a migration) and at least one sector category and user.
 */
export async function generatePortfolio(ds: DataSource, size: PortfolioSize): Promise<void> {
  const from = (size.offset ?? 0) + 1;
  const to = (size.offset ?? 0) + size.associations;
  await ds.query(
    `INSERT INTO legal_forms (code, name_fa, name_en, sort_order, version) VALUES
       ('association', 'انجمن', 'Association', 1, 1), ('union', 'اتحادیه', 'Union', 2, 1) ON CONFLICT (code) DO NOTHING`,
  );
  await ds.query(
    `INSERT INTO associations (name_fa, phase, phase_entered_at, status, category_id, legal_form, scope, city, version, search_text)
     SELECT 'انجمن ' || g, (ARRAY['concept_review','diagnosis','potential_assessment','formation','support_monitoring','development'])[1 + g % 6],
            now() - make_interval(days => (g * 7919) % 700), CASE WHEN g % 97 = 0 THEN 'dissolved' ELSE 'active' END,
            (SELECT id FROM sector_categories ORDER BY id LIMIT 1 OFFSET g % (SELECT least(10, count(*)) FROM sector_categories)),
            (ARRAY['association','union'])[1 + g % 2], (ARRAY['provincial','national'])[1 + (g / 7) % 2],
            (ARRAY['کرمان','رفسنجان','سیرجان','بم','جیرفت'])[1 + g % 5], 1, 'انجمن ' || g
       FROM generate_series($1::int, $2::int) g`,
    [from, to],
  );
  const ids = `SELECT id, row_number() OVER (ORDER BY name_fa) AS n FROM associations WHERE name_fa = ANY(
                 SELECT 'انجمن ' || g FROM generate_series(${from}, ${to}) g)`;
  const [{ id: userId }] = await ds.query(`SELECT id FROM users LIMIT 1`);
  // Period m = 0 … periods−1, oldest first, ending with 1405-08 (k months before it); starts are approximate.
  const total = (m: string) => `(1405 * 12 + 7 - (${size.periods} - 1 - ${m}))`;
  const periodSql = (m: string) =>
    `(${total(m)} / 12)::text || '-' || lpad((${total(m)} % 12 + 1)::text, 2, '0')`;
  const startSql = (m: string) =>
    `timestamptz '2026-10-22 20:30Z' - make_interval(days => round((${size.periods} - 1 - ${m}) * 30.44)::int)`;
  await ds.query(
    `INSERT INTO kpi_scores (association_id, period, period_start, revision, composite, grade, trend, axes, criteria, indicators, computed_at)
     SELECT a.id, ${periodSql('m')}, ${startSql('m')}, 1, c, CASE WHEN c >= 85 THEN 'A' WHEN c >= 70 THEN 'B' WHEN c >= 50 THEN 'C' ELSE 'D' END,
            '{}'::jsonb, jsonb_build_object('chamber', c - 3, 'association', c, 'members', c + 2), '{}'::jsonb,
            (SELECT jsonb_agg(jsonb_build_object('code', 'ind_' || i, 'value', round((random() * 10)::numeric, 2)))
               || jsonb_build_array(jsonb_build_object('code', 'training_hours_per_member', 'value', (m % 7)))
               FROM generate_series(2, $1) i),
            now()
       FROM (${ids}) a CROSS JOIN generate_series(0, $2 - 1) m
       CROSS JOIN LATERAL (SELECT round((30 + (a.n * 13 + m * 7) % 60 + random() * 5)::numeric, 2) AS c) r`,
    [size.indicators, size.periods],
  );
  await ds.query(
    `INSERT INTO kpi_reports (association_id, period, period_start, period_end, status, submitted_at, version)
     SELECT s.association_id, s.period, s.period_start, s.period_start + interval '30 days',
            (ARRAY['accepted','submitted','returned','draft','accepted'])[1 + (hashtext(s.period || s.association_id::text) & 4)],
            s.period_start + make_interval(days => 30 + (hashtext(s.association_id::text || s.period) & 31)), 1
       FROM kpi_scores s JOIN (${ids}) a ON a.id = s.association_id
      WHERE hashtext(s.association_id::text || s.period) % 10 <> 0`,
  );
  await ds.query(
    `INSERT INTO support_grants (association_id, kind_code, phase, suits_phase, amount_rials, hours, justification, status, fiscal_year,
                                 requested_by, requested_at, delivered_at, version, precautions)
     SELECT a.id, k.code, (ARRAY['formation','support_monitoring','development'])[1 + i % 3], true,
            CASE WHEN k.code = 'training' THEN NULL ELSE 1000000 * (1 + (a.n + i) % 50) END,
            CASE WHEN k.code = 'training' THEN 10 + i ELSE NULL END, 'bench',
            st.status, 1403 + i % 3, $1, now() - make_interval(days => 30 * i),
            CASE WHEN st.status = 'delivered' THEN timestamptz '2024-01-01' + make_interval(days => ((a.n * 31 + i * 97) % 900)::int) END,
            1, CASE WHEN i % 9 = 0 THEN ARRAY['financial_independence'] ELSE '{}'::text[] END
       FROM (${ids}) a CROSS JOIN generate_series(0, $2 - 1) i
       JOIN LATERAL (SELECT code FROM support_kinds ORDER BY code LIMIT 1 OFFSET (a.n + i) % (SELECT count(*) FROM support_kinds)) k ON true
       CROSS JOIN LATERAL (SELECT (ARRAY['requested','approved','delivered','rejected','delivered'])[1 + (a.n + i) % 5] AS status) st`,
    [userId, Math.ceil(size.grants / size.associations)],
  );
  await ds.query(
    `INSERT INTO lifecycle_phase_outputs (association_id, phase, key, data, revision, recorded_at, version)
     SELECT a.id, 'development', 'roadmap', jsonb_build_object('milestones', jsonb_build_array(
              jsonb_build_object('kind', 'services_launched', 'plannedAt', '2025-01-01', 'doneAt', '2025-02-01'),
              jsonb_build_object('kind', 'sustainable_financing', 'plannedAt', '2025-06-01') ||
                CASE WHEN a.n % 2 = 0 THEN jsonb_build_object('doneAt', '2025-07-01') ELSE '{}'::jsonb END,
              jsonb_build_object('kind', 'member_database', 'plannedAt', '2026-01-01', 'coverageTargetPercent', 80,
                                 'coveragePercent', (a.n % 100), 'doneAt', '2026-02-01'),
              jsonb_build_object('kind', 'policy_making', 'plannedAt', '2026-06-01'))), 1, now(), 1
       FROM (${ids}) a JOIN associations x ON x.id = a.id WHERE x.phase = 'development'`,
  );
  await ds.query(
    `INSERT INTO kpi_alerts (association_id, kind, period, message_fa, message_en)
     SELECT a.id, 'report_missing', '1405-08', 'گزارش نرسیده', 'Report missing' FROM (${ids}) a WHERE a.n % 5 = 0`,
  );
  await ds.query('ANALYZE');
}
