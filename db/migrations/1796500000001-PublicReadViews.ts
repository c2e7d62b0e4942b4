import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read contracts that associations, lifecycle, supports and kpi offer other contexts in
 * SQL: each view belongs to the context named by its prefix, which keeps it true when its
 * tables change (docs: "Public read views" on each context's page). The roadmap reads only these.
 */
export class PublicReadViews1796500000001 implements MigrationInterface {
  name = 'PublicReadViews1796500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // associations: the register's classification and where each association stands.
    await queryRunner.query(`
      CREATE VIEW "associations_register_v" AS
      SELECT a.id, a.name_fa, a.name_en, a.legal_form, a.scope, a.city, a.category_id, a.status,
             a.phase, a.phase_entered_at, a.member_count, a.created_at
        FROM associations a`);
    // lifecycle: applied phase moves, and the milestones of the development roadmap (phase 6 output `roadmap`).
    await queryRunner.query(`
      CREATE VIEW "lifecycle_transitions_v" AS
      SELECT t.association_id, t.from_phase, t.to_phase, t.direction, t.reason, t.applied_at
        FROM lifecycle_transitions t WHERE t.status = 'applied'`);
    await queryRunner.query(`
      CREATE VIEW "lifecycle_milestones_v" AS
      SELECT o.association_id, m.ordinality::int AS position, m.value->>'kind' AS kind,
             (m.value->>'plannedAt')::timestamptz AS planned_at,
             (m.value->>'doneAt')::timestamptz AS done_at,
             m.value->>'evidence' AS evidence,
             (m.value->>'coveragePercent')::numeric AS coverage_percent,
             (m.value->>'coverageTargetPercent')::numeric AS coverage_target_percent,
             m.value->>'description' AS description, o.recorded_at
        FROM lifecycle_phase_outputs o
        CROSS JOIN LATERAL jsonb_array_elements(o.data->'milestones') WITH ORDINALITY AS m(value, ordinality)
       WHERE o.phase = 'development' AND o.key = 'roadmap'`);
    // supports: every grant with what it carried; "committed" is left to COMMITTED_STATUSES of the caller.
    await queryRunner.query(`
      CREATE VIEW "support_grants_v" AS
      SELECT g.id, g.association_id, g.kind_code, g.phase, g.status, g.fiscal_year, g.amount_rials,
             g.hours, g.participants, cardinality(g.precautions) > 0 AS flagged, g.requested_at,
             g.approved_at, g.delivered_at
        FROM support_grants g`);
    // kpi: scores per period, reports with their review dates, open alerts.
    await queryRunner.query(`
      CREATE VIEW "kpi_scores_v" AS
      SELECT s.association_id, s.period, s.period_start, s.composite, s.grade, s.trend, s.axes, s.indicators, s.computed_at
        FROM kpi_scores s`);
    await queryRunner.query(`
      CREATE VIEW "kpi_reports_v" AS
      SELECT r.association_id, r.period, r.period_start, r.period_end, r.status, r.submitted_at,
             r.returned_at, r.accepted_at
        FROM kpi_reports r`);
    await queryRunner.query(`
      CREATE VIEW "kpi_open_alerts_v" AS
      SELECT al.id, al.association_id, al.kind, al.period, al.message_fa, al.message_en, al.created_at
        FROM kpi_alerts al WHERE al.resolved_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const v of [
      'kpi_open_alerts_v',
      'kpi_reports_v',
      'kpi_scores_v',
      'support_grants_v',
      'lifecycle_milestones_v',
      'lifecycle_transitions_v',
      'associations_register_v',
    ])
      await queryRunner.query(`DROP VIEW "${v}"`);
  }
}
