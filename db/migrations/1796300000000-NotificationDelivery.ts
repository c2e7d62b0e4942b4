import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications become the notifications context's: one per (event key, recipient), and an e-mail
 * delivery status with its attempts. Rows written before this have no event key: each keeps its
 * own (`legacy:<id>`); those never e-mailed are not sent now (`skipped`).
 */
export class NotificationDelivery1796300000000 implements MigrationInterface {
  name = 'NotificationDelivery1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "notifications"
        ADD "dedupe_key" character varying(200),
        ADD "email_status" character varying(10) NOT NULL DEFAULT 'pending',
        ADD "email_attempts" integer NOT NULL DEFAULT '0',
        ADD "email_queued_at" TIMESTAMP WITH TIME ZONE,
        ADD "email_claimed_at" TIMESTAMP WITH TIME ZONE
    `);
    await queryRunner.query(`
      UPDATE "notifications" SET "dedupe_key" = 'legacy:' || "id",
        "email_status" = CASE WHEN "emailed_at" IS NOT NULL THEN 'sent' ELSE 'skipped' END
    `);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "dedupe_key" SET NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE "notifications" ADD CONSTRAINT "uq_notifications_key_user" UNIQUE ("dedupe_key", "user_id")
    `);
    await queryRunner.query(`
      ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_email_status"
        CHECK ("email_status" IN ('pending', 'sent', 'failed', 'skipped'))
    `);
    await queryRunner.query(`
      CREATE INDEX "ix_notifications_email_unqueued" ON "notifications" ("id")
        WHERE "email_status" = 'pending' AND "email_queued_at" IS NULL
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_email_unqueued"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_email_status"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "uq_notifications_key_user"`);
    await queryRunner.query(`
      ALTER TABLE "notifications" DROP COLUMN "email_claimed_at", DROP COLUMN "email_queued_at",
        DROP COLUMN "email_attempts", DROP COLUMN "email_status", DROP COLUMN "dedupe_key"
    `);
  }
}
