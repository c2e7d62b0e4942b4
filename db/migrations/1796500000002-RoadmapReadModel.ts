import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two more public read views (associations: category names; kpi: the indicators' reporting
 * frequencies) and the roadmap's own read model: tables the worker rebuilds from the public
 * views (RoadmapReadModel.refresh), so the president's overview aggregates a few thousand
 * prepared rows instead of every score and grant.
 */
export class RoadmapReadModel1796500000002 implements MigrationInterface {
  name = 'RoadmapReadModel1796500000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW "associations_categories_v" AS
      SELECT c.id, c.name_fa, c.name_en, c.isic, c.priority FROM sector_categories c`);
    await queryRunner.query(`
      CREATE VIEW "kpi_indicators_v" AS
      SELECT i.code, i.name_fa, i.name_en, i.axis, i.kind, i.frequency, i.unit, i.active FROM kpi_indicators i`);

    await queryRunner.query(`
      CREATE TABLE "roadmap_refreshes" (
        "id" smallint PRIMARY KEY DEFAULT 1 CONSTRAINT "ck_roadmap_refreshes_single" CHECK ("id" = 1),
        "as_of" timestamptz NOT NULL,
        "took_ms" integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "roadmap_associations" (
        "association_id" uuid PRIMARY KEY,
        "name_fa" varchar(200) NOT NULL,
        "name_en" varchar(200),
        "category_id" integer,
        "category_name_fa" varchar(150),
        "legal_form" varchar(32),
        "scope" varchar(16),
        "city" varchar(100),
        "status" varchar(16) NOT NULL,
        "phase" varchar(32) NOT NULL,
        "phase_entered_at" timestamptz NOT NULL,
        "stage" smallint,
        "milestones_planned" integer NOT NULL DEFAULT 0,
        "milestones_done" integer NOT NULL DEFAULT 0
      )`);
    for (const col of ['category_id', 'legal_form', 'scope', 'city', 'phase'])
      await queryRunner.query(
        `CREATE INDEX "ix_roadmap_associations_${col}" ON "roadmap_associations" ("${col}")`,
      );
    await queryRunner.query(`
      CREATE TABLE "roadmap_milestones" (
        "association_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "kind" varchar(48) NOT NULL,
        "planned_at" timestamptz NOT NULL,
        "done_at" timestamptz,
        "reached" boolean NOT NULL,
        "fiscal_year" integer NOT NULL,
        CONSTRAINT "pk_roadmap_milestones" PRIMARY KEY ("association_id", "position")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_roadmap_milestones_open" ON "roadmap_milestones" ("planned_at") WHERE NOT "reached"`,
    );
    await queryRunner.query(`
      CREATE TABLE "roadmap_association_years" (
        "fiscal_year" integer NOT NULL,
        "association_id" uuid NOT NULL,
        "latest_period" varchar(10),
        "latest_composite" numeric(6,2),
        "latest_grade" varchar(1),
        "composite_change" numeric(7,2),
        "change_from_period" varchar(10),
        "due" integer NOT NULL DEFAULT 0,
        "on_time" integer NOT NULL DEFAULT 0,
        "late" integer NOT NULL DEFAULT 0,
        "missing" integer NOT NULL DEFAULT 0,
        "returned" integer NOT NULL DEFAULT 0,
        CONSTRAINT "pk_roadmap_association_years" PRIMARY KEY ("fiscal_year", "association_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "roadmap_report_periods" (
        "association_id" uuid NOT NULL,
        "period" varchar(10) NOT NULL,
        "fiscal_year" integer NOT NULL,
        "period_start" timestamptz NOT NULL,
        "due_at" timestamptz NOT NULL,
        "state" varchar(10) NOT NULL,
        CONSTRAINT "pk_roadmap_report_periods" PRIMARY KEY ("association_id", "period")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_roadmap_report_periods_year" ON "roadmap_report_periods" ("fiscal_year", "period_start")`,
    );
    await queryRunner.query(`
      CREATE TABLE "roadmap_grants" (
        "grant_id" uuid PRIMARY KEY,
        "association_id" uuid NOT NULL,
        "kind_code" varchar(40) NOT NULL,
        "phase" varchar(32) NOT NULL,
        "status" varchar(16) NOT NULL,
        "fiscal_year" integer NOT NULL,
        "amount_rials" bigint,
        "hours" integer,
        "flagged" boolean NOT NULL,
        "delivered_at" timestamptz,
        "n_before" integer NOT NULL DEFAULT 0,
        "n_after" integer NOT NULL DEFAULT 0,
        "composite_before" numeric(8,3),
        "composite_after" numeric(8,3),
        "indicator_code" varchar(64),
        "indicator_before" numeric,
        "indicator_after" numeric
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_roadmap_grants_year" ON "roadmap_grants" ("fiscal_year", "association_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roadmap_grants_association" ON "roadmap_grants" ("association_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of [
      'roadmap_grants',
      'roadmap_report_periods',
      'roadmap_association_years',
      'roadmap_milestones',
      'roadmap_associations',
      'roadmap_refreshes',
    ])
      await queryRunner.query(`DROP TABLE "${t}"`);
    await queryRunner.query(`DROP VIEW "kpi_indicators_v"`);
    await queryRunner.query(`DROP VIEW "associations_categories_v"`);
  }
}
