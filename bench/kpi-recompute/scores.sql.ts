/**
 * The yardstick of issue 13: the same computation as the worker (reported, derived and recorded
 * values, achievements, weighted axis and criterion scores, composite, grade and trend), written as
 * one plain `CREATE TABLE … AS` pass over every accepted report: no JSON built, nothing upserted.
 * The bench catalog's derived formulas are written out by hand; the recorded values are read where
 * the worker reads them (the grants delivered in the report's period, the report's first submission
 * against its due date). `members_count` is not computed: with an empty registry it is unknown in
 * the worker too, and an unknown value never scores.
 */
export const SQL_PASS = `
CREATE TABLE bench_sql_scores AS
WITH settings AS (
  SELECT grade_a::float8 AS ga, grade_b::float8 AS gb, grade_c::float8 AS gc, report_grace_days AS grace
  FROM kpi_settings WHERE id = 1
),
reports AS (
  SELECT id, association_id, period, period_start, period_end, first_submitted_at
  FROM kpi_reports WHERE status = 'accepted'
),
reported AS (
  SELECT r.id, r.association_id, r.period, r.period_start, v.indicator_code AS code, v.value::float8 AS value
  FROM reports r JOIN kpi_report_values v ON v.report_id = r.id
),
per_report AS (
  SELECT id, association_id, period, period_start,
         max(value) FILTER (WHERE code = 'b_i01') AS i01, max(value) FILTER (WHERE code = 'b_i02') AS i02,
         max(value) FILTER (WHERE code = 'b_i03') AS i03, max(value) FILTER (WHERE code = 'b_i04') AS i04
  FROM reported GROUP BY 1, 2, 3, 4
),
funding AS (
  SELECT r.id, r.association_id, r.period, r.period_start, 'chamber_funding' AS code,
         coalesce(sum(g.amount_rials), 0)::float8 AS value
  FROM reports r LEFT JOIN support_grants g
    ON g.association_id = r.association_id AND g.status = 'delivered'
   AND g.delivered_at >= r.period_start AND g.delivered_at < r.period_end
  GROUP BY 1, 2, 3, 4
),
all_values AS (
  SELECT association_id, period, period_start, code, value FROM reported
  UNION ALL SELECT association_id, period, period_start, 'b_d1', i01 / NULLIF(i02, 0) * 100 FROM per_report
  UNION ALL SELECT association_id, period, period_start, 'b_d2', i03 + i04 FROM per_report
  UNION ALL SELECT association_id, period, period_start, code, value FROM funding
  UNION ALL SELECT r.association_id, r.period, r.period_start, 'report_on_time_rate',
         CASE WHEN r.first_submitted_at <= r.period_end + s.grace * interval '1 day' THEN 100 ELSE 0 END
  FROM reports r CROSS JOIN settings s
),
ach AS (
  SELECT v.association_id, v.period, v.period_start, v.code, i.axis, i.criterion,
         coalesce(t.weight, i.default_weight)::float8 AS w,
         CASE WHEN v.value IS NULL OR tg.tgt IS NULL THEN NULL ELSE round(least(tg.cap, greatest(0,
           CASE WHEN i.direction = 'higher' THEN
                  CASE WHEN tg.tgt <= 0 THEN CASE WHEN v.value >= tg.tgt THEN 100 ELSE 0 END ELSE v.value / tg.tgt * 100 END
                WHEN v.value <= 0 THEN CASE WHEN tg.tgt >= 0 THEN tg.cap ELSE 0 END
                WHEN tg.tgt <= 0 THEN 0
                ELSE tg.tgt / v.value * 100 END))::numeric, 2)::float8 END AS achievement
  FROM all_values v JOIN kpi_indicators i ON i.code = v.code AND i.active
  LEFT JOIN kpi_targets t ON t.association_id = v.association_id AND t.indicator_code = v.code
  CROSS JOIN LATERAL (
    SELECT CASE WHEN i.public_policy AND i.public_target IS NOT NULL THEN i.public_target ELSE t.target END::float8 AS tgt,
           coalesce(i.cap_percent, 120)::float8 AS cap) tg
),
scored AS MATERIALIZED (
  SELECT *, achievement IS NOT NULL AND w > 0 AS counts FROM ach
),
periods AS (
  SELECT association_id, period, period_start,
    round(least(100, sum(achievement * w) FILTER (WHERE counts) / NULLIF(sum(w) FILTER (WHERE counts), 0))::numeric, 2) AS composite,
    round(least(100, sum(achievement * w) FILTER (WHERE counts AND axis = 'chamber') / NULLIF(sum(w) FILTER (WHERE counts AND axis = 'chamber'), 0))::numeric, 2) AS axis_chamber,
    round(least(100, sum(achievement * w) FILTER (WHERE counts AND axis = 'association') / NULLIF(sum(w) FILTER (WHERE counts AND axis = 'association'), 0))::numeric, 2) AS axis_association,
    round(least(100, sum(achievement * w) FILTER (WHERE counts AND axis = 'members') / NULLIF(sum(w) FILTER (WHERE counts AND axis = 'members'), 0))::numeric, 2) AS axis_members,
    round(least(100, sum(achievement * w) FILTER (WHERE counts AND criterion = 'governance') / NULLIF(sum(w) FILTER (WHERE counts AND criterion = 'governance'), 0))::numeric, 2) AS crit_governance,
    round(least(100, sum(achievement * w) FILTER (WHERE counts AND criterion = 'membership') / NULLIF(sum(w) FILTER (WHERE counts AND criterion = 'membership'), 0))::numeric, 2) AS crit_membership,
    round(least(100, sum(achievement * w) FILTER (WHERE counts AND criterion = 'services') / NULLIF(sum(w) FILTER (WHERE counts AND criterion = 'services'), 0))::numeric, 2) AS crit_services,
    round(least(100, sum(achievement * w) FILTER (WHERE counts AND criterion = 'policy_influence') / NULLIF(sum(w) FILTER (WHERE counts AND criterion = 'policy_influence'), 0))::numeric, 2) AS crit_policy_influence,
    round(least(100, sum(achievement * w) FILTER (WHERE counts AND criterion = 'regulation') / NULLIF(sum(w) FILTER (WHERE counts AND criterion = 'regulation'), 0))::numeric, 2) AS crit_regulation,
    max(achievement) FILTER (WHERE code = 'chamber_funding') AS funding_achievement,
    max(achievement) FILTER (WHERE code = 'report_on_time_rate') AS on_time_achievement
  FROM scored GROUP BY 1, 2, 3
),
trended AS (
  SELECT p.*, lag(p.period) OVER w AS previous_period, lag(p.composite) OVER w AS previous
  FROM periods p WINDOW w AS (PARTITION BY p.association_id ORDER BY p.period_start)
)
SELECT t.association_id, t.period, t.composite,
       CASE WHEN t.composite IS NULL THEN NULL WHEN t.composite >= s.ga THEN 'A' WHEN t.composite >= s.gb THEN 'B'
            WHEN t.composite >= s.gc THEN 'C' ELSE 'D' END AS grade,
       t.axis_chamber, t.axis_association, t.axis_members,
       t.crit_governance, t.crit_membership, t.crit_services, t.crit_policy_influence, t.crit_regulation,
       t.funding_achievement, t.on_time_achievement,
       t.previous_period, t.previous, t.composite - t.previous AS delta,
       CASE WHEN t.previous IS NULL THEN 'new' WHEN abs(t.composite - t.previous) < 0.5 THEN 'flat'
            WHEN t.composite > t.previous THEN 'up' ELSE 'down' END AS direction
FROM trended t CROSS JOIN settings s
`;

/** Score rows where the worker and the SQL pass differ (beyond 0.01 of rounding) in any of their figures. */
export const MISMATCHES = `SELECT count(*)::int AS n ${mismatchesFrom()}`;

/** A few of them, side by side, to read the cause. */
export const MISMATCH_SAMPLE = `
SELECT association_id, period, k.composite AS worker_composite, s.composite AS sql_composite, k.grade AS worker_grade,
       s.grade AS sql_grade, k.trend->>'direction' AS worker_direction, s.direction AS sql_direction,
       k.trend->>'delta' AS worker_delta, s.delta AS sql_delta
${mismatchesFrom()} LIMIT 5`;

function mismatchesFrom(): string {
  return `
FROM kpi_scores k FULL JOIN bench_sql_scores s USING (association_id, period)
WHERE k.association_id IS NULL OR s.association_id IS NULL
   OR k.grade IS DISTINCT FROM s.grade OR k.trend->>'direction' IS DISTINCT FROM s.direction
   OR k.trend->>'previousPeriod' IS DISTINCT FROM s.previous_period
   OR EXISTS (
     SELECT 1 FROM (VALUES
       (k.composite, s.composite),
       ((k.axes->>'chamber')::numeric, s.axis_chamber), ((k.axes->>'association')::numeric, s.axis_association),
       ((k.axes->>'members')::numeric, s.axis_members),
       ((k.criteria->>'governance')::numeric, s.crit_governance), ((k.criteria->>'membership')::numeric, s.crit_membership),
       ((k.criteria->>'services')::numeric, s.crit_services), ((k.criteria->>'policy_influence')::numeric, s.crit_policy_influence),
       ((k.criteria->>'regulation')::numeric, s.crit_regulation),
       ((SELECT (i->>'achievement')::numeric FROM jsonb_array_elements(k.indicators) i WHERE i->>'code' = 'chamber_funding'), s.funding_achievement::numeric),
       ((SELECT (i->>'achievement')::numeric FROM jsonb_array_elements(k.indicators) i WHERE i->>'code' = 'report_on_time_rate'), s.on_time_achievement::numeric)
     ) AS f(worker, sql)
     WHERE (f.worker IS NULL) <> (f.sql IS NULL) OR abs(f.worker - f.sql) > 0.011)
`;
}
