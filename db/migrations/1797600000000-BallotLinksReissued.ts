import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lost ballot links can be re-issued: the replaced link is voided (`voided_at`), and a member has
 * at most one link in force per survey run or election, which the partial unique index holds even
 * when two re-issues race.
 */
export class BallotLinksReissued1797600000000 implements MigrationInterface {
  name = 'BallotLinksReissued1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "one_time_links" ADD "voided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_one_time_links_member_in_force" ON "one_time_links" ("purpose", "subject_id", "member_id")
       WHERE "voided_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_one_time_links_member_in_force"`);
    await queryRunner.query(`ALTER TABLE "one_time_links" DROP COLUMN "voided_at"`);
  }
}
