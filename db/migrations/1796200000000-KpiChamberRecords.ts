import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10 (points 4–6): indicators the chamber records itself (chamber funding and training from
 * the delivered grants, report timeliness from the reports), the first submission of a report, the
 * outbox's re-scoring reasons, the yearly rating and its thresholds, the chamber expert's assessment.
 */
export class KpiChamberRecords1796200000000 implements MigrationInterface {
  name = 'KpiChamberRecords1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "kpi_indicators" DROP CONSTRAINT "ck_kpi_indicators_kind"`);
    await queryRunner.query(
      `ALTER TABLE "kpi_indicators" ADD CONSTRAINT "ck_kpi_indicators_kind" CHECK ("kind" IN ('reported', 'derived', 'recorded'))`,
    );
    // The facts the chamber already holds: the board no longer reports them.
    await queryRunner.query(
      `UPDATE "kpi_indicators" SET "kind" = 'recorded', "formula" = NULL, "version" = "version" + 1
       WHERE "code" IN ('chamber_funding', 'training_hours', 'report_on_time_rate') AND "kind" = 'reported'`,
    );
    await queryRunner.query(
      `UPDATE "kpi_indicators" SET "name_fa" = 'نفر-ساعت آموزش ارائه شده', "name_en" = 'Training participant-hours delivered'
       WHERE "code" = 'training_hours'`,
    );
    await queryRunner.query(`ALTER TABLE "kpi_reports" ADD "first_submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "kpi_reports" SET "first_submitted_at" = "submitted_at"`);
    await queryRunner.query(
      `ALTER TABLE "kpi_outbox" ADD "reason" character varying(20) NOT NULL DEFAULT 'accepted'`,
    );
    await queryRunner.query(`
            ALTER TABLE "kpi_settings"
                ADD "rating_grade_a" numeric(5, 2) NOT NULL DEFAULT '85',
                ADD "rating_grade_b" numeric(5, 2) NOT NULL DEFAULT '70',
                ADD "rating_grade_c" numeric(5, 2) NOT NULL DEFAULT '50'
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_settings" ADD CONSTRAINT "ck_kpi_settings_rating_grades" CHECK (
                "rating_grade_a" > "rating_grade_b"
                AND "rating_grade_b" > "rating_grade_c"
                AND "rating_grade_c" >= 0
                AND "rating_grade_a" <= 100
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "kpi_ratings" (
                "association_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "composite" numeric(6, 2),
                "criteria" jsonb NOT NULL,
                "axes" jsonb NOT NULL,
                "indicators" jsonb NOT NULL,
                "periods" jsonb NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_kpi_ratings" PRIMARY KEY ("association_id", "year")
            )
        `);
    await queryRunner.query(`CREATE INDEX "ix_kpi_ratings_year" ON "kpi_ratings" ("year", "composite")`);
    await queryRunner.query(`
            ALTER TABLE "kpi_ratings"
            ADD CONSTRAINT "fk_kpi_ratings_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE TABLE "kpi_chamber_assessments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "period" character varying(10) NOT NULL,
                "criteria" jsonb NOT NULL,
                "assessed_by" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "uq_kpi_chamber_assessments_association_period" UNIQUE ("association_id", "period"),
                CONSTRAINT "pk_kpi_chamber_assessments" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_chamber_assessments"
            ADD CONSTRAINT "fk_kpi_chamber_assessments_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // kpi's ledger port: grants delivered to one association within a period.
    await queryRunner.query(`
            CREATE INDEX "ix_support_grants_delivered" ON "support_grants" ("association_id", "delivered_at")
            WHERE "status" = 'delivered'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_support_grants_delivered"`);
    await queryRunner.query(`DROP TABLE "kpi_chamber_assessments"`);
    await queryRunner.query(`DROP TABLE "kpi_ratings"`);
    await queryRunner.query(`ALTER TABLE "kpi_settings" DROP CONSTRAINT "ck_kpi_settings_rating_grades"`);
    await queryRunner.query(
      `ALTER TABLE "kpi_settings" DROP COLUMN "rating_grade_a", DROP COLUMN "rating_grade_b", DROP COLUMN "rating_grade_c"`,
    );
    await queryRunner.query(`ALTER TABLE "kpi_outbox" DROP COLUMN "reason"`);
    await queryRunner.query(`ALTER TABLE "kpi_reports" DROP COLUMN "first_submitted_at"`);
    await queryRunner.query(`UPDATE "kpi_indicators" SET "kind" = 'reported' WHERE "kind" = 'recorded'`);
    await queryRunner.query(`ALTER TABLE "kpi_indicators" DROP CONSTRAINT "ck_kpi_indicators_kind"`);
    await queryRunner.query(
      `ALTER TABLE "kpi_indicators" ADD CONSTRAINT "ck_kpi_indicators_kind" CHECK ("kind" IN ('reported', 'derived'))`,
    );
  }
}
