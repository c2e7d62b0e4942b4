import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795438492910 implements MigrationInterface {
  name = 'Foundation1795438492910';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "password_hash" character varying(200) NOT NULL,
                "full_name" character varying(120) NOT NULL,
                "role" character varying(16) NOT NULL,
                "association_id" uuid,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_users_board_association" CHECK ((role = 'board') = (association_id IS NOT NULL)),
                CONSTRAINT "ck_users_role" CHECK (
                    role IN (
                        'admin',
                        'staff',
                        'approver',
                        'president',
                        'board'
                    )
                ),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_association" ON "users" ("association_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "replaced_by" uuid,
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens" ("family_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" BIGSERIAL NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_id" uuid,
                "actor_role" character varying(16) NOT NULL,
                "action" character varying(80) NOT NULL,
                "entity" character varying(60) NOT NULL,
                "entity_id" character varying(64) NOT NULL,
                "association_id" uuid,
                "before" jsonb,
                "after" jsonb,
                "request_id" character varying(64),
                "prev_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity", "entity_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_association" ON "audit_log" ("association_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "associations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name_fa" character varying(200) NOT NULL,
                "phase" character varying(32) NOT NULL DEFAULT 'concept_review',
                "phase_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "lifecycle_version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_409f7d0389b44b03f8b0767ce0c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_associations_phase" ON "associations" ("phase")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_integrity_check" (
                "id" BIGSERIAL NOT NULL,
                "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "ok" boolean NOT NULL,
                "rows_checked" integer NOT NULL,
                "first_broken_id" bigint,
                "problem" character varying(300),
                CONSTRAINT "PK_6ece69c0255aa9e1d531dc71afe" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "fk_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // The audit log is append-only: the database itself refuses to change or remove a row.
    await queryRunner.query(`
            CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log"
            FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_update_delete ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_user"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_integrity_check"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_associations_phase"
        `);
    await queryRunner.query(`
            DROP TABLE "associations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_association"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_entity"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_tokens_family"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_tokens_user"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_users_association"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_users_email"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
  }
}
