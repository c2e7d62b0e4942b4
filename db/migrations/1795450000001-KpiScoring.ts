import { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiScoring1795450000001 implements MigrationInterface {
  name = 'KpiScoring1795450000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "kpi_settings" (
                "id" smallint NOT NULL,
                "grade_a" numeric(5, 2) NOT NULL DEFAULT '85',
                "grade_b" numeric(5, 2) NOT NULL DEFAULT '70',
                "grade_c" numeric(5, 2) NOT NULL DEFAULT '50',
                "stall_days" integer NOT NULL DEFAULT '180',
                "report_grace_days" integer NOT NULL DEFAULT '15',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_kpi_settings_grades" CHECK (
                    "grade_a" > "grade_b"
                    AND "grade_b" > "grade_c"
                    AND "grade_c" >= 0
                    AND "grade_a" <= 100
                ),
                CONSTRAINT "ck_kpi_settings_singleton" CHECK ("id" = 1),
                CONSTRAINT "pk_kpi_settings" PRIMARY KEY ("id")
            )
        `);
    // The one row of settings, with the defaults; the admin changes it through PUT /kpi/settings.
    await queryRunner.query(`INSERT INTO "kpi_settings" ("id", "version") VALUES (1, 1)`);
    await queryRunner.query(`
            CREATE TABLE "kpi_scores" (
                "association_id" uuid NOT NULL,
                "period" character varying(10) NOT NULL,
                "period_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revision" integer NOT NULL,
                "composite" numeric(6, 2),
                "grade" character varying(1),
                "trend" jsonb NOT NULL,
                "axes" jsonb NOT NULL,
                "criteria" jsonb NOT NULL,
                "indicators" jsonb NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_kpi_scores" PRIMARY KEY ("association_id", "period")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_kpi_scores_period" ON "kpi_scores" ("period", "composite")
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" BIGSERIAL NOT NULL,
                "user_id" uuid NOT NULL,
                "association_id" uuid,
                "kind" character varying(40) NOT NULL,
                "title_fa" character varying(300) NOT NULL,
                "body_fa" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                "emailed_at" TIMESTAMP WITH TIME ZONE,
                "email_error" text,
                CONSTRAINT "pk_notifications" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "kpi_alerts" (
                "id" BIGSERIAL NOT NULL,
                "association_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "period" character varying(32) NOT NULL,
                "message_fa" text NOT NULL,
                "message_en" text NOT NULL,
                "details" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_kpi_alerts_association_kind_period" UNIQUE ("association_id", "kind", "period"),
                CONSTRAINT "ck_kpi_alerts_kind" CHECK (
                    "kind" IN (
                        'score_declining',
                        'report_missing',
                        'phase_stalled'
                    )
                ),
                CONSTRAINT "pk_kpi_alerts" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_kpi_alerts_association_created" ON "kpi_alerts" ("association_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_scores"
            ADD CONSTRAINT "fk_kpi_scores_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_alerts"
            ADD CONSTRAINT "fk_kpi_alerts_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "kpi_alerts" DROP CONSTRAINT "fk_kpi_alerts_association"
        `);
    await queryRunner.query(`
            ALTER TABLE "kpi_scores" DROP CONSTRAINT "fk_kpi_scores_association"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_kpi_alerts_association_created"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_alerts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_user_created"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_kpi_scores_period"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_scores"
        `);
    await queryRunner.query(`
            DROP TABLE "kpi_settings"
        `);
  }
}
