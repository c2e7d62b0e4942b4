/**
 * Bench data, generated inside PostgreSQL with generate_series: N associations × P monthly periods
 * × 20 indicators (18 reported, 2 derived), a target per association and indicator, every report accepted.
 * Some associations improve over time, some decline (slope by association).
 */
export function generationSql(associations: number, periods: number): string[] {
  return [
    `INSERT INTO associations (name_fa, phase, version)
     SELECT 'انجمن محک ' || g, 'support_monitoring', 1 FROM generate_series(1, ${associations}) g`,
    `INSERT INTO kpi_indicators (code, name_fa, name_en, axis, criterion, unit, direction, kind, formula, frequency,
       default_weight, public_policy, public_target, active, version)
     SELECT 'b_i' || lpad(g::text, 2, '0'), 'شاخص ' || g, 'Indicator ' || g,
            (ARRAY['chamber', 'association', 'members'])[1 + g % 3],
            (ARRAY['governance', 'membership', 'services', 'policy_influence', 'regulation'])[1 + g % 5],
            'count', CASE WHEN g % 7 = 0 THEN 'lower' ELSE 'higher' END, 'reported', NULL, 'monthly',
            1 + g % 3, g = 18, CASE WHEN g = 18 THEN 90 END, true, 1
     FROM generate_series(1, 18) g`,
    `INSERT INTO kpi_indicators (code, name_fa, name_en, axis, criterion, unit, direction, kind, formula, frequency,
       default_weight, public_policy, active, version) VALUES
     ('b_d1', 'نسبت ۱ به ۲', 'Ratio 1/2', 'association', 'governance', 'percent', 'higher', 'derived', 'b_i01 / b_i02 * 100', 'monthly', 2, false, true, 1),
     ('b_d2', 'جمع ۳ و ۴', 'Sum 3+4', 'members', 'membership', 'count', 'higher', 'derived', 'b_i03 + b_i04', 'monthly', 1, false, true, 1)`,
    `INSERT INTO kpi_targets (association_id, indicator_code, baseline, target, weight, agreed_at, version)
     SELECT a.id, i.code, 50, CASE WHEN i.direction = 'lower' THEN 40 ELSE 80 + abs(hashtext(a.id::text || i.code)) % 60 END,
            CASE WHEN abs(hashtext(i.code || a.id::text)) % 4 = 0 THEN 3 END, now(), 1
     FROM associations a CROSS JOIN kpi_indicators i WHERE i.code LIKE 'b\\_%'`,
    `INSERT INTO kpi_reports (association_id, period, period_start, period_end, status, revision, submitted_at, accepted_at, version)
     SELECT a.id,
            (1403 + (m - 1) / 12)::text || '-' || lpad((((m - 1) % 12) + 1)::text, 2, '0'),
            timestamptz '2024-03-19 20:30:00+00' + (m - 1) * interval '1 month',
            timestamptz '2024-03-19 20:30:00+00' + m * interval '1 month',
            'accepted', 1, now(), now(), 1
     FROM associations a CROSS JOIN generate_series(1, ${periods}) m`,
    `INSERT INTO kpi_report_values (report_id, indicator_code, value)
     SELECT r.id, i.code,
            greatest(1, round((60 + abs(hashtext(r.association_id::text || i.code)) % 40
              + ((abs(hashtext(r.association_id::text)) % 5) - 2) * ((split_part(r.period, '-', 1)::int - 1403) * 12 + split_part(r.period, '-', 2)::int)
              + random() * 10)::numeric, 2))
     FROM kpi_reports r CROSS JOIN kpi_indicators i WHERE i.kind = 'reported' AND i.code LIKE 'b\\_%'`,
    `ANALYZE`,
  ];
}
