import { MigrationInterface, QueryRunner } from 'typeorm';

export class Associations1795440356281 implements MigrationInterface {
  name = 'Associations1795440356281';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "sector_categories" (
                "id" SERIAL NOT NULL,
                "name_fa" character varying(150) NOT NULL,
                "name_en" character varying(150) NOT NULL,
                "isic" character varying(4) NOT NULL,
                "priority" boolean NOT NULL DEFAULT false,
                "active" boolean NOT NULL DEFAULT true,
                "version" integer NOT NULL,
                CONSTRAINT "PK_087ac93511ceed1998fd7a1b814" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sector_categories_priority" ON "sector_categories" ("priority")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_sector_categories_name_fa" ON "sector_categories" ("name_fa")
        `);
    await queryRunner.query(`
            CREATE TABLE "legal_forms" (
                "code" character varying(32) NOT NULL,
                "name_fa" character varying(100) NOT NULL,
                "name_en" character varying(100) NOT NULL,
                "sort_order" integer NOT NULL DEFAULT '0',
                "active" boolean NOT NULL DEFAULT true,
                "version" integer NOT NULL,
                CONSTRAINT "PK_5d3984860c90beab363e2599fc6" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "classification_criteria" (
                "code" character varying(40) NOT NULL,
                "name_fa" character varying(150) NOT NULL,
                "name_en" character varying(150) NOT NULL,
                "description" character varying(1000),
                "sort_order" integer NOT NULL DEFAULT '0',
                "active" boolean NOT NULL DEFAULT true,
                "version" integer NOT NULL,
                CONSTRAINT "PK_64b07be2f167d30cf84be70c0f9" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "board_members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "full_name" character varying(120) NOT NULL,
                "role" character varying(16) NOT NULL,
                "firm_name" character varying(200),
                "term_start" date NOT NULL,
                "term_end" date,
                "elected_by" character varying(24) NOT NULL,
                "end_reason" character varying(300),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_board_members_term" CHECK (
                    term_end IS NULL
                    OR term_end >= term_start
                ),
                CONSTRAINT "ck_board_members_elected_by" CHECK (
                    elected_by IN (
                        'general_assembly',
                        'founding_assembly',
                        'board_vote',
                        'by_election',
                        'appointed'
                    )
                ),
                CONSTRAINT "ck_board_members_role" CHECK (
                    role IN (
                        'chair',
                        'deputy',
                        'secretary',
                        'treasurer',
                        'member'
                    )
                ),
                CONSTRAINT "PK_6994cea1393b5fa3a0dd827a9f7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_board_members_association" ON "board_members" ("association_id", "term_start")
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "name_en" character varying(200)
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "legal_form" character varying(32)
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "scope" character varying(16) NOT NULL DEFAULT 'provincial'
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "membership_type" character varying(16) NOT NULL DEFAULT 'firms'
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "category_id" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "city" character varying(100)
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "registration_no" character varying(50)
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "registration_authority" character varying(200)
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "registered_at" date
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "founded_at" date
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "member_count" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "status" character varying(16) NOT NULL DEFAULT 'proposed'
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "parent_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "depth" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "contact" jsonb NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "culture_profile" jsonb NOT NULL DEFAULT '{"traits": [], "narrative": null}'
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD "search_text" text NOT NULL DEFAULT ''
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_associations_registration_no" ON "associations" ("registration_no")
            WHERE registration_no IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_associations_created_at" ON "associations" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_associations_name_fa" ON "associations" ("name_fa")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_associations_parent" ON "associations" ("parent_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_associations_scope" ON "associations" ("scope")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_associations_legal_form" ON "associations" ("legal_form")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_associations_category" ON "associations" ("category_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_associations_status" ON "associations" ("status")
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD CONSTRAINT "ck_associations_not_own_parent" CHECK (
                    parent_id IS NULL
                    OR parent_id <> id
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD CONSTRAINT "ck_associations_member_count" CHECK (
                    member_count IS NULL
                    OR member_count >= 0
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD CONSTRAINT "ck_associations_status" CHECK (
                    status IN (
                        'proposed',
                        'forming',
                        'active',
                        'dormant',
                        'dissolved'
                    )
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD CONSTRAINT "ck_associations_membership_type" CHECK (membership_type IN ('firms', 'persons', 'mixed'))
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD CONSTRAINT "ck_associations_scope" CHECK (scope IN ('provincial', 'national'))
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD CONSTRAINT "fk_associations_legal_form" FOREIGN KEY ("legal_form") REFERENCES "legal_forms"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD CONSTRAINT "fk_associations_category" FOREIGN KEY ("category_id") REFERENCES "sector_categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "associations"
            ADD CONSTRAINT "fk_associations_parent" FOREIGN KEY ("parent_id") REFERENCES "associations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "board_members"
            ADD CONSTRAINT "fk_board_members_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Search: `q` is folded like search_text (normalizePersian) and matched with LIKE through trigrams.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
            UPDATE "associations"
            SET "search_text" = lower(translate("name_fa", 'يىك' || chr(8204), 'ییک'))
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_associations_search_trgm" ON "associations" USING gin ("search_text" gin_trgm_ops)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_associations_search_trgm"`);
    await queryRunner.query(`
            ALTER TABLE "board_members" DROP CONSTRAINT "fk_board_members_association"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP CONSTRAINT "fk_associations_parent"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP CONSTRAINT "fk_associations_category"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP CONSTRAINT "fk_associations_legal_form"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP CONSTRAINT "ck_associations_scope"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP CONSTRAINT "ck_associations_membership_type"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP CONSTRAINT "ck_associations_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP CONSTRAINT "ck_associations_member_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP CONSTRAINT "ck_associations_not_own_parent"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_associations_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_associations_category"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_associations_legal_form"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_associations_scope"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_associations_parent"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_associations_name_fa"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_associations_created_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_associations_registration_no"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "search_text"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "culture_profile"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "contact"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "depth"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "parent_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "status"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "member_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "founded_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "registered_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "registration_authority"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "registration_no"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "city"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "category_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "membership_type"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "scope"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "legal_form"
        `);
    await queryRunner.query(`
            ALTER TABLE "associations" DROP COLUMN "name_en"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_board_members_association"
        `);
    await queryRunner.query(`
            DROP TABLE "board_members"
        `);
    await queryRunner.query(`
            DROP TABLE "classification_criteria"
        `);
    await queryRunner.query(`
            DROP TABLE "legal_forms"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_sector_categories_name_fa"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sector_categories_priority"
        `);
    await queryRunner.query(`
            DROP TABLE "sector_categories"
        `);
  }
}
