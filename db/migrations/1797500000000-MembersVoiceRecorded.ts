import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: the members' voice feeds the members axis. The member count, the member database's
 * records, member satisfaction, general assemblies held on time and board elections held become
 * facts the chamber records (read from participation, no longer reported by the board); the
 * survey response rate joins the catalog (where a catalog was seeded); a re-scoring request
 * carries what it is about (`ref`), so a second one while the first waits adds nothing.
 */
export class MembersVoiceRecorded1797500000000 implements MigrationInterface {
  name = 'MembersVoiceRecorded1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "kpi_indicators" SET "kind" = 'recorded', "formula" = NULL, "version" = "version" + 1
       WHERE "code" IN ('members_count', 'database_records', 'member_satisfaction',
                        'general_assemblies_on_time', 'board_elections_held') AND "kind" = 'reported'`,
    );
    await queryRunner.query(
      `INSERT INTO "kpi_indicators" ("code", "name_fa", "name_en", "axis", "criterion", "unit", "direction", "kind",
         "formula", "frequency", "default_weight", "public_policy", "public_target", "cap_percent", "active", "version")
       SELECT 'survey_response_rate', 'نرخ پاسخ اعضا به نظرسنجی', 'Member survey response rate', 'members',
              'membership', 'percent', 'higher', 'recorded', NULL, 'yearly', 1, true, 50, NULL, true, 1
        WHERE EXISTS (SELECT 1 FROM "kpi_indicators" WHERE "code" = 'member_satisfaction')
       ON CONFLICT ("code") DO NOTHING`,
    );
    // Values a board once reported for them stay in old reports; scoring ignores them.
    await queryRunner.query(`ALTER TABLE "kpi_outbox" ADD "ref" character varying(64)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_kpi_outbox_pending_request" ON "kpi_outbox" ("association_id", "reason", "ref")
       WHERE "dispatched_at" IS NULL AND "ref" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ux_kpi_outbox_pending_request"`);
    await queryRunner.query(`ALTER TABLE "kpi_outbox" DROP COLUMN "ref"`);
    await queryRunner.query(`DELETE FROM "kpi_indicators" WHERE "code" = 'survey_response_rate'`);
    await queryRunner.query(
      `UPDATE "kpi_indicators" SET "kind" = 'reported', "version" = "version" + 1
       WHERE "code" IN ('members_count', 'database_records', 'member_satisfaction',
                        'general_assemblies_on_time', 'board_elections_held') AND "kind" = 'recorded'`,
    );
  }
}
