/**
 * The same computation as the TypeScript calculator, hand-written as one SQL pass over every
 * accepted report (derived formulas of the bench catalog written out by hand).
 */
export const SQL_PASS = `
INSERT INTO bench_sql_scores (association_id, period, period_start, revision, composite, grade, trend, axes, criteria, indicators, computed_at)
WITH settings AS (SELECT grade_a::float8 AS ga, grade_b::float8 AS gb, grade_c::float8 AS gc FROM kpi_settings WHERE id = 1),
reported AS (
  SELECT r.association_id, r.period, r.period_start, r.revision, v.indicator_code AS code, v.value::float8 AS value
  FROM kpi_reports r JOIN kpi_report_values v ON v.report_id = r.id WHERE r.status = 'accepted'
),
per_report AS (
  SELECT association_id, period, period_start, revision,
         max(value) FILTER (WHERE code = 'b_i01') AS i01, max(value) FILTER (WHERE code = 'b_i02') AS i02,
         max(value) FILTER (WHERE code = 'b_i03') AS i03, max(value) FILTER (WHERE code = 'b_i04') AS i04
  FROM reported GROUP BY 1, 2, 3, 4
),
all_values AS (
  SELECT association_id, period, period_start, revision, code, value FROM reported
  UNION ALL SELECT association_id, period, period_start, revision, 'b_d1', i01 / NULLIF(i02, 0) * 100 FROM per_report
  UNION ALL SELECT association_id, period, period_start, revision, 'b_d2', i03 + i04 FROM per_report
),
scored AS (
  SELECT v.*, i.axis, i.criterion, i.direction, i.kind,
         coalesce(t.weight, i.default_weight)::float8 AS w,
         CASE WHEN i.public_policy AND i.public_target IS NOT NULL THEN i.public_target ELSE t.target END::float8 AS tgt,
         coalesce(i.cap_percent, 120)::float8 AS cap, t.baseline::float8 AS baseline
  FROM all_values v JOIN kpi_indicators i ON i.code = v.code AND i.active
  LEFT JOIN kpi_targets t ON t.association_id = v.association_id AND t.indicator_code = v.code
),
ach AS (
  SELECT s.*,
    CASE WHEN s.value IS NULL OR s.tgt IS NULL THEN NULL ELSE round(least(s.cap, greatest(0,
      CASE WHEN s.direction = 'higher' THEN
             CASE WHEN s.tgt <= 0 THEN CASE WHEN s.value >= s.tgt THEN 100 ELSE 0 END ELSE s.value / s.tgt * 100 END
           WHEN s.value <= 0 THEN CASE WHEN s.tgt >= 0 THEN s.cap ELSE 0 END
           WHEN s.tgt <= 0 THEN 0
           ELSE s.tgt / s.value * 100 END))::numeric, 2)::float8 END AS achievement
  FROM scored s
),
axes AS (
  SELECT association_id, period, jsonb_object_agg(axis, m) AS axes FROM (
    SELECT association_id, period, axis,
           round(least(100, sum(achievement * w) FILTER (WHERE achievement IS NOT NULL AND w > 0)
             / NULLIF(sum(w) FILTER (WHERE achievement IS NOT NULL AND w > 0), 0))::numeric, 2) AS m
    FROM ach GROUP BY 1, 2, 3) x GROUP BY 1, 2
),
criteria AS (
  SELECT association_id, period, jsonb_object_agg(criterion, m) AS criteria FROM (
    SELECT association_id, period, criterion,
           round(least(100, sum(achievement * w) FILTER (WHERE achievement IS NOT NULL AND w > 0)
             / NULLIF(sum(w) FILTER (WHERE achievement IS NOT NULL AND w > 0), 0))::numeric, 2) AS m
    FROM ach GROUP BY 1, 2, 3) x GROUP BY 1, 2
),
composite AS (
  SELECT association_id, period, period_start, revision,
         round(least(100, sum(achievement * w) FILTER (WHERE achievement IS NOT NULL AND w > 0)
           / NULLIF(sum(w) FILTER (WHERE achievement IS NOT NULL AND w > 0), 0))::numeric, 2) AS composite,
         jsonb_agg(jsonb_build_object('code', code, 'axis', axis, 'criterion', criterion, 'value', round(value::numeric, 4),
           'target', tgt, 'baseline', baseline, 'weight', w, 'achievement', achievement) ORDER BY code) AS indicators
  FROM ach GROUP BY 1, 2, 3, 4
),
trended AS (
  SELECT c.*, lag(c.period) OVER w AS prev_period, lag(c.composite) OVER w AS prev
  FROM composite c WINDOW w AS (PARTITION BY c.association_id ORDER BY c.period_start)
)
SELECT t.association_id, t.period, t.period_start, t.revision, t.composite,
       CASE WHEN t.composite IS NULL THEN NULL WHEN t.composite >= s.ga THEN 'A' WHEN t.composite >= s.gb THEN 'B'
            WHEN t.composite >= s.gc THEN 'C' ELSE 'D' END,
       jsonb_build_object('previousPeriod', t.prev_period, 'previous', t.prev, 'delta', t.composite - t.prev,
         'direction', CASE WHEN t.prev IS NULL THEN 'new' WHEN abs(t.composite - t.prev) < 0.5 THEN 'flat'
                           WHEN t.composite > t.prev THEN 'up' ELSE 'down' END),
       a.axes, cr.criteria, t.indicators, now()
FROM trended t CROSS JOIN settings s
JOIN axes a ON a.association_id = t.association_id AND a.period = t.period
JOIN criteria cr ON cr.association_id = t.association_id AND cr.period = t.period
`;
