import { formatPeriod, periodBounds } from '@tashakkol/kpi';

/** The bench's months from 1403-01 on, with their Jalali bounds (the ones the scoring's rules use). */
export function benchPeriods(periods: number): { period: string; start: string; end: string }[] {
  return Array.from({ length: periods }, (_, k) => {
    const p = { kind: 'monthly' as const, year: 1403 + Math.floor(k / 12), index: (k % 12) + 1 };
    const { start, end } = periodBounds(p);
    return { period: formatPeriod(p), start: start.toISOString(), end: end.toISOString() };
  });
}

/**
 * Bench data, generated inside PostgreSQL with generate_series: N associations × P monthly periods
 * × 20 indicators: 15 reported, 2 derived, and 3 recorded, read where the worker reads them:
 * `chamber_funding` (the supports' ledger: a delivered grant in about a third of the months),
 * `report_on_time_rate` (the reports' first submission against their due date, a common target),
 * `members_count` (the member registry, left empty: unknown in every period, so it never scores,
 * but the worker still reads the registry). A target per association and indicator, every report
 * accepted. Some associations improve over time, some decline (slope by association).
 */
export function generationSql(associations: number, periods: number): string[] {
  const months = benchPeriods(periods)
    .map((p, k) => `(${k + 1}, '${p.period}', timestamptz '${p.start}', timestamptz '${p.end}')`)
    .join(', ');
  return [
    `INSERT INTO associations (name_fa, phase, version)
     SELECT 'انجمن محک ' || g, 'support_monitoring', 1 FROM generate_series(1, ${associations}) g`,
    `INSERT INTO kpi_indicators (code, name_fa, name_en, axis, criterion, unit, direction, kind, formula, frequency,
       default_weight, public_policy, public_target, active, version)
     SELECT 'b_i' || lpad(g::text, 2, '0'), 'شاخص ' || g, 'Indicator ' || g,
            (ARRAY['chamber', 'association', 'members'])[1 + g % 3],
            (ARRAY['governance', 'membership', 'services', 'policy_influence', 'regulation'])[1 + g % 5],
            'count', CASE WHEN g % 7 = 0 THEN 'lower' ELSE 'higher' END, 'reported', NULL, 'monthly',
            1 + g % 3, g = 15, CASE WHEN g = 15 THEN 90 END, true, 1
     FROM generate_series(1, 15) g`,
    `INSERT INTO kpi_indicators (code, name_fa, name_en, axis, criterion, unit, direction, kind, formula, frequency,
       default_weight, public_policy, public_target, active, version) VALUES
     ('b_d1', 'نسبت ۱ به ۲', 'Ratio 1/2', 'association', 'governance', 'percent', 'higher', 'derived', 'b_i01 / b_i02 * 100', 'monthly', 2, false, NULL, true, 1),
     ('b_d2', 'جمع ۳ و ۴', 'Sum 3+4', 'members', 'membership', 'count', 'higher', 'derived', 'b_i03 + b_i04', 'monthly', 1, false, NULL, true, 1),
     ('chamber_funding', 'حمایت مالی اتاق', 'Chamber funding', 'chamber', 'services', 'rials', 'higher', 'recorded', NULL, 'monthly', 2, false, NULL, true, 1),
     ('report_on_time_rate', 'گزارش به موقع', 'Reports on time', 'association', 'governance', 'percent', 'higher', 'recorded', NULL, 'monthly', 1, true, 90, true, 1),
     ('members_count', 'تعداد اعضا', 'Members', 'members', 'membership', 'count', 'higher', 'recorded', NULL, 'monthly', 1, false, NULL, true, 1)`,
    `INSERT INTO kpi_targets (association_id, indicator_code, baseline, target, weight, agreed_at, version)
     SELECT a.id, i.code, 50,
            CASE WHEN i.code = 'chamber_funding' THEN 20000000 + abs(hashtext(a.id::text)) % 30000000
                 WHEN i.direction = 'lower' THEN 40 ELSE 80 + abs(hashtext(a.id::text || i.code)) % 60 END,
            CASE WHEN abs(hashtext(i.code || a.id::text)) % 4 = 0 THEN 3 END, now(), 1
     FROM associations a CROSS JOIN kpi_indicators i
     WHERE i.code LIKE 'b\\_%' OR i.code IN ('chamber_funding', 'report_on_time_rate', 'members_count')`,
    // First submitted 0–19 days after the month ended: within the 15 days' grace about four times in five.
    `INSERT INTO kpi_reports (association_id, period, period_start, period_end, status, revision, submitted_at,
       first_submitted_at, accepted_at, version)
     SELECT a.id, m.period, m.start_at, m.end_at, 'accepted', 1, now(),
            m.end_at + (abs(hashtext(a.id::text || m.period)) % 20) * interval '1 day', now(), 1
     FROM associations a CROSS JOIN (VALUES ${months}) AS m(n, period, start_at, end_at)`,
    `INSERT INTO kpi_report_values (report_id, indicator_code, value)
     SELECT r.id, i.code,
            greatest(1, round((60 + abs(hashtext(r.association_id::text || i.code)) % 40
              + ((abs(hashtext(r.association_id::text)) % 5) - 2) * ((split_part(r.period, '-', 1)::int - 1403) * 12 + split_part(r.period, '-', 2)::int)
              + random() * 10)::numeric, 2))
     FROM kpi_reports r CROSS JOIN kpi_indicators i WHERE i.kind = 'reported' AND i.code LIKE 'b\\_%'`,
    `INSERT INTO support_kinds (code, name_fa, name_en, carries, phases, version)
     VALUES ('b_fund', 'کمک مالی محک', 'Bench funding', 'rials', ARRAY['support_monitoring'], 1)`,
    `INSERT INTO support_grants (association_id, kind_code, phase, suits_phase, amount_rials, justification, status,
       fiscal_year, requested_by, requested_at, delivered_at, version)
     SELECT r.association_id, 'b_fund', 'support_monitoring', true,
            1000000 * (1 + abs(hashtext(r.id::text)) % 50), 'محک', 'delivered',
            split_part(r.period, '-', 1)::int, gen_random_uuid(), r.period_start, r.period_start + interval '5 days', 1
     FROM kpi_reports r WHERE abs(hashtext(r.association_id::text || r.period)) % 3 = 0`,
    `ANALYZE`,
  ];
}
