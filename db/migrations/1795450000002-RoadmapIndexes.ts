import { MigrationInterface, QueryRunner } from 'typeorm';

export class RoadmapIndexes1795450000002 implements MigrationInterface {
  name = 'RoadmapIndexes1795450000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "ix_associations_phase_entered_at" ON "associations" ("phase_entered_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_kpi_scores_association_start" ON "kpi_scores" ("association_id", "period_start")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_kpi_scores_association_start"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_associations_phase_entered_at"
        `);
  }
}
