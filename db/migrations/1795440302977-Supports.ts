import { MigrationInterface, QueryRunner } from 'typeorm';

export class Supports1795440302977 implements MigrationInterface {
  name = 'Supports1795440302977';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "support_settings" (
                "id" integer NOT NULL DEFAULT '1',
                "independence_threshold_rials" bigint NOT NULL,
                "independence_max_share_percent" integer NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_support_settings_share" CHECK (
                    independence_max_share_percent BETWEEN 0 AND 100
                ),
                CONSTRAINT "ck_support_settings_single_row" CHECK (id = 1),
                CONSTRAINT "PK_d0fc942e9152aa165b56a2bd083" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "support_kinds" (
                "code" character varying(40) NOT NULL,
                "name_fa" character varying(200) NOT NULL,
                "name_en" character varying(200) NOT NULL,
                "carries" character varying(16) NOT NULL,
                "phases" text array NOT NULL,
                "sort_order" integer NOT NULL DEFAULT '100',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_support_kinds_carries" CHECK (carries IN ('rials', 'hours', 'in_kind')),
                CONSTRAINT "PK_152bbbea0bc4a671cfec7f427f9" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "support_budgets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "fiscal_year" integer NOT NULL,
                "kind_code" character varying(40) NOT NULL,
                "unit" character varying(8) NOT NULL,
                "total" bigint NOT NULL,
                "reserved" bigint NOT NULL DEFAULT '0',
                "spent" bigint NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_support_budgets_unit" CHECK (unit IN ('rials', 'hours')),
                CONSTRAINT "ck_support_budgets_within_total" CHECK (
                    reserved >= 0
                    AND spent >= 0
                    AND reserved + spent <= total
                ),
                CONSTRAINT "PK_934fa07c0e4852176fd0af7fe4d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_support_budgets_year_kind" ON "support_budgets" ("fiscal_year", "kind_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "support_grants" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "kind_code" character varying(40) NOT NULL,
                "phase" character varying(32) NOT NULL,
                "suits_phase" boolean NOT NULL,
                "override_reason" text,
                "amount_rials" bigint,
                "hours" integer,
                "participants" integer,
                "quantity" bigint NOT NULL DEFAULT '0',
                "justification" text NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'requested',
                "fiscal_year" integer NOT NULL,
                "requested_by" uuid NOT NULL,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "approved_by" uuid,
                "approved_at" TIMESTAMP WITH TIME ZONE,
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "delivered_by" uuid,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "evidence" character varying(500),
                "budget_id" uuid,
                "precautions" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_support_grants_quantity" CHECK (quantity >= 0),
                CONSTRAINT "ck_support_grants_status" CHECK (
                    status IN (
                        'requested',
                        'approved',
                        'delivered',
                        'rejected',
                        'cancelled'
                    )
                ),
                CONSTRAINT "PK_74d34257a4bcd88faf45097d40e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_support_grants_approver" ON "support_grants" ("approved_by", "kind_code", "fiscal_year")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_support_grants_year_association" ON "support_grants" ("fiscal_year", "association_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_support_grants_status" ON "support_grants" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_support_grants_kind_year" ON "support_grants" ("kind_code", "fiscal_year", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_support_grants_phase_kind" ON "support_grants" ("phase", "kind_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_support_grants_association" ON "support_grants" ("association_id", "requested_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "support_grant_events" (
                "id" BIGSERIAL NOT NULL,
                "grant_id" uuid NOT NULL,
                "action" character varying(16) NOT NULL,
                "from_status" character varying(16),
                "to_status" character varying(16) NOT NULL,
                "actor_id" uuid NOT NULL,
                "actor_role" character varying(16) NOT NULL,
                "comment" text,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4c9d9f9677ebf47e8e71ee79549" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_support_grant_events_grant" ON "support_grant_events" ("grant_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "approval_limits" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind_code" character varying(40) NOT NULL,
                "per_grant" bigint NOT NULL,
                "yearly" bigint NOT NULL,
                "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL,
                "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL,
                "granted_by" uuid NOT NULL,
                "delegated_from_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_approval_limits_period" CHECK (valid_until > valid_from),
                CONSTRAINT "ck_approval_limits_amounts" CHECK (
                    per_grant >= 0
                    AND yearly >= per_grant
                ),
                CONSTRAINT "PK_0e0059f48b9cb4074b5c4e2aa25" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_approval_limits_user_kind" ON "approval_limits" ("user_id", "kind_code", "valid_until")
        `);
    await queryRunner.query(`
            ALTER TABLE "support_budgets"
            ADD CONSTRAINT "fk_support_budgets_kind" FOREIGN KEY ("kind_code") REFERENCES "support_kinds"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_grants"
            ADD CONSTRAINT "fk_support_grants_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_grants"
            ADD CONSTRAINT "fk_support_grants_kind" FOREIGN KEY ("kind_code") REFERENCES "support_kinds"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_grants"
            ADD CONSTRAINT "fk_support_grants_budget" FOREIGN KEY ("budget_id") REFERENCES "support_budgets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_grant_events"
            ADD CONSTRAINT "fk_support_grant_events_grant" FOREIGN KEY ("grant_id") REFERENCES "support_grants"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "approval_limits"
            ADD CONSTRAINT "fk_approval_limits_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "approval_limits"
            ADD CONSTRAINT "fk_approval_limits_kind" FOREIGN KEY ("kind_code") REFERENCES "support_kinds"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // The chamber's catalog of support kinds (reference data; the admin may add more).
    await queryRunner.query(`
      INSERT INTO "support_kinds" ("code", "name_fa", "name_en", "carries", "phases", "sort_order", "version") VALUES
        ('financial', 'حمایت مالی', 'Financial support', 'rials', ARRAY['formation', 'support_monitoring', 'development']::text[], 1, 1),
        ('moral', 'حمایت معنوی', 'Moral (non-material) support', 'in_kind', ARRAY['concept_review', 'diagnosis', 'potential_assessment', 'formation', 'support_monitoring', 'development']::text[], 2, 1),
        ('strategic_plan', 'حمایت مادی و مشاوره ای برای تدوین و پیاده سازی برنامه راهبردی', 'Consulting and material help for a strategic plan', 'rials', ARRAY['support_monitoring', 'development']::text[], 3, 1),
        ('growth_strategy', 'راهبرد و طرح توجیهی برای توسعه تشکل یا ایجاد زیرشاخه جدید', 'Strategy and feasibility study for growth or a new sub-branch', 'rials', ARRAY['development']::text[], 4, 1),
        ('knowledge_org', 'استراتژی تبدیل تشکل به سازمان دانشی', 'Strategy to become a knowledge organisation', 'rials', ARRAY['development']::text[], 5, 1),
        ('rnd_unit', 'مشاوره برای راه اندازی واحد تحقیق و پژوهش', 'Consulting to set up an R&D unit', 'rials', ARRAY['development']::text[], 6, 1),
        ('training', 'آموزش', 'Training', 'hours', ARRAY['formation', 'support_monitoring', 'development']::text[], 7, 1),
        ('venue', 'مکان عمومی برای جلسات', 'Venue', 'in_kind', ARRAY['potential_assessment', 'formation', 'support_monitoring']::text[], 8, 1),
        ('member_database', 'کمک به ایجاد بانک اطلاعات اعضا', 'Help to build the member database', 'rials', ARRAY['support_monitoring', 'development']::text[], 9, 1),
        ('policy_advocacy', 'ورود به عرصه سیاست گذاری', 'Policy advocacy', 'in_kind', ARRAY['support_monitoring', 'development']::text[], 10, 1)
      ON CONFLICT ("code") DO NOTHING
    `);
    // Default financial-independence threshold: 5 billion Rials a year, or 30% of revenue once known.
    await queryRunner.query(`
      INSERT INTO "support_settings" ("id", "independence_threshold_rials", "independence_max_share_percent", "version")
      VALUES (1, 5000000000, 30, 1) ON CONFLICT ("id") DO NOTHING
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "approval_limits" DROP CONSTRAINT "fk_approval_limits_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "approval_limits" DROP CONSTRAINT "fk_approval_limits_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "support_grant_events" DROP CONSTRAINT "fk_support_grant_events_grant"
        `);
    await queryRunner.query(`
            ALTER TABLE "support_grants" DROP CONSTRAINT "fk_support_grants_budget"
        `);
    await queryRunner.query(`
            ALTER TABLE "support_grants" DROP CONSTRAINT "fk_support_grants_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "support_grants" DROP CONSTRAINT "fk_support_grants_association"
        `);
    await queryRunner.query(`
            ALTER TABLE "support_budgets" DROP CONSTRAINT "fk_support_budgets_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_approval_limits_user_kind"
        `);
    await queryRunner.query(`
            DROP TABLE "approval_limits"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_support_grant_events_grant"
        `);
    await queryRunner.query(`
            DROP TABLE "support_grant_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_support_grants_association"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_support_grants_phase_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_support_grants_kind_year"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_support_grants_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_support_grants_year_association"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_support_grants_approver"
        `);
    await queryRunner.query(`
            DROP TABLE "support_grants"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_support_budgets_year_kind"
        `);
    await queryRunner.query(`
            DROP TABLE "support_budgets"
        `);
    await queryRunner.query(`
            DROP TABLE "support_kinds"
        `);
    await queryRunner.query(`
            DROP TABLE "support_settings"
        `);
  }
}
