import { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiReports1795440082583 implements MigrationInterface {
  name = 'KpiReports1795440082583';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "kpi_reports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "period" character varying(10) NOT NULL,
                "period_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "period_end" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" character varying(12) NOT NULL DEFAULT 'draft',
                "revision" integer NOT NULL DEFAULT '1',
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "returned_at" TIMESTAMP WITH TIME ZONE,
                "review_comment" text,
                "reviewed_by" uuid,
                "revision_reason" text,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "uq_kpi_reports_association_period" UNIQUE ("association_id", "period"),
                CONSTRAINT "ck_kpi_reports_status" CHECK (
                    "status" IN ('draft', 'submitted', 'returned', 'accepted')
                ),
                CONSTRAINT "pk_kpi_reports" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_kpi_reports_period" ON "kpi_reports" ("period")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_kpi_reports_status" ON "kpi_reports" ("status")
        `);
    await queryRunner.query(`
            CREATE TABLE "kpi_report_revisions" (
                "id" BIGSERIAL NOT NULL,
                "report_id" uuid NOT NULL,
                "revision" integer NOT NULL,
                "values" jsonb NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "review_comment" text,
                "reason" text NOT NULL,
                "reopened_by" uuid,
                "reopened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_kpi_report_revisions_report_revision" UNIQUE ("report_id", "revision"),
                CONSTRAINT "pk_kpi_report_revisions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "kpi_indicators" (
                "code" character varying(40) NOT NULL,
                "name_fa" character varying(200) NOT NULL,
                "name_en" character varying(200) NOT NULL,
                "axis" character varying(20) NOT NULL,
                "criterion" character varying(20) NOT NULL,
                "unit" character varying(10) NOT NULL,
                "direction" character varying(10) NOT NULL,
                "kind" character varying(10) NOT NULL,
                "formula" text,
                "frequency" character varying(10) NOT NULL,
                "default_weight" numeric(6, 3) NOT NULL,
                "public_policy" boolean NOT NULL DEFAULT false,
                "public_target" numeric,
                "cap_percent" numeric,
                "active" boolean NOT NULL DEFAULT true,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_kpi_indicators_formula" CHECK (("kind" = 'derived') = ("formula" IS NOT NULL)),
                CONSTRAINT "ck_kpi_indicators_frequency" CHECK (
                    "frequency" IN ('monthly', 'quarterly', 'yearly')
                ),
                CONSTRAINT "ck_kpi_indicators_kind" CHECK ("kind" IN ('reported', 'derived')),
                CONSTRAINT "ck_kpi_indicators_direction" CHECK ("direction" IN ('higher', 'lower')),
                CONSTRAINT "ck_kpi_indicators_unit" CHECK (
                    "unit" IN ('count', 'percent', 'rials', 'hours', 'score')
                ),
                CONSTRAINT "ck_kpi_indicators_criterion" CHECK (
                    "criterion" IN (
                        'governance',
                        'membership',
                        'services',
                        'policy_influence',
                        'regulation'
                    )
                ),
                CONSTRAINT "ck_kpi_indicators_axis" CHECK ("axis" IN ('chamber', 'association', 'members')),
                CONSTRAINT "pk_kpi_indicators" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "kpi_report_values" (
                "report_id" uuid NOT NULL,
                "indicator_code" character varying(40) NOT NULL,
                "value" numeric NOT NULL,
                "comment" text,
                CONSTRAINT "pk_kpi_report_values" PRIMARY KEY ("report_id", "indicator_code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "kpi_outbox" (
                "id" BIGSERIAL NOT NULL,
                "association_id" uuid NOT NULL,
                "period" character varying(10) NOT NULL,
                "revision" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "dispatched_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                CONSTRAINT "pk_kpi_outbox" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_kpi_outbox_pending" ON "kpi_outbox" ("dispatched_at")
            WHERE "dispatched_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "kpi_targets" (
                "association_id" uuid NOT NULL,
                "indicator_code" character varying(40) NOT NULL,
                "baseline" numeric NOT NULL,
                "target" numeric NOT NULL,
                "weight" numeric,
                "agreed_at" TIMESTAMP WITH TIME ZONE,
                "agreed_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "pk_kpi_targets" PRIMARY KEY ("association_id", "indicator_code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "kpi_evidence" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "report_id" uuid NOT NULL,
                "indicator_code" character varying(40),
                "file_name" character varying(255) NOT NULL,
                "content_type" character varying(100) NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "storage_key" character varying(200) NOT NULL,
                "uploaded_by" uuid,
                "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_kpi_evidence" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_kpi_evidence_report" ON "kpi_evidence" ("report_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_reports"
            ADD CONSTRAINT "fk_kpi_reports_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_report_revisions"
            ADD CONSTRAINT "fk_kpi_report_revisions_report" FOREIGN KEY ("report_id") REFERENCES "kpi_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_report_values"
            ADD CONSTRAINT "fk_kpi_report_values_report" FOREIGN KEY ("report_id") REFERENCES "kpi_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_report_values"
            ADD CONSTRAINT "fk_kpi_report_values_indicator" FOREIGN KEY ("indicator_code") REFERENCES "kpi_indicators"("code") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_targets"
            ADD CONSTRAINT "fk_kpi_targets_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_targets"
            ADD CONSTRAINT "fk_kpi_targets_indicator" FOREIGN KEY ("indicator_code") REFERENCES "kpi_indicators"("code") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_evidence"
            ADD CONSTRAINT "fk_kpi_evidence_report" FOREIGN KEY ("report_id") REFERENCES "kpi_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "kpi_evidence" DROP CONSTRAINT "fk_kpi_evidence_report"
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_targets" DROP CONSTRAINT "fk_kpi_targets_indicator"
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_targets" DROP CONSTRAINT "fk_kpi_targets_association"
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_report_values" DROP CONSTRAINT "fk_kpi_report_values_indicator"
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_report_values" DROP CONSTRAINT "fk_kpi_report_values_report"
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_report_revisions" DROP CONSTRAINT "fk_kpi_report_revisions_report"
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_reports" DROP CONSTRAINT "fk_kpi_reports_association"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_kpi_evidence_report"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_evidence"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_targets"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_kpi_outbox_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_outbox"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_report_values"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_indicators"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_report_revisions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_kpi_reports_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_kpi_reports_period"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_reports"
        `);
  }
}
