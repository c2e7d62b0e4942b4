import { MigrationInterface, QueryRunner } from 'typeorm';

/** A per-user counter carried in access tokens; raising it ends every token issued before. */
export class UserTokenVersion1796400000001 implements MigrationInterface {
  name = 'UserTokenVersion1796400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
  }
}
