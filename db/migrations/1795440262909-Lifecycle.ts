import { MigrationInterface, QueryRunner } from 'typeorm';

export class Lifecycle1795440262909 implements MigrationInterface {
  name = 'Lifecycle1795440262909';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "lifecycle_transitions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "from_phase" character varying(32) NOT NULL,
                "to_phase" character varying(32) NOT NULL,
                "direction" character varying(8) NOT NULL,
                "reason" text,
                "status" character varying(10) NOT NULL,
                "gate_snapshot" jsonb NOT NULL,
                "proposed_by" uuid,
                "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "applied_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL,
                CONSTRAINT "ck_lifecycle_transitions_direction" CHECK (direction IN ('forward', 'back')),
                CONSTRAINT "ck_lifecycle_transitions_status" CHECK (status IN ('applied', 'pending', 'rejected')),
                CONSTRAINT "PK_6defedecc6d225e1a2ce6d09f1b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_lifecycle_transitions_status" ON "lifecycle_transitions" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_lifecycle_transitions_association" ON "lifecycle_transitions" ("association_id", "proposed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "lifecycle_phase_outputs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "phase" character varying(32) NOT NULL,
                "key" character varying(48) NOT NULL,
                "data" jsonb NOT NULL,
                "revision" integer NOT NULL,
                "recorded_by" uuid,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "version" integer NOT NULL,
                CONSTRAINT "uq_lifecycle_phase_outputs_key" UNIQUE ("association_id", "phase", "key"),
                CONSTRAINT "PK_3267ea78c1c6167cb5681fe5c26" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "lifecycle_phase_output_revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "output_id" uuid NOT NULL,
                "association_id" uuid NOT NULL,
                "phase" character varying(32) NOT NULL,
                "key" character varying(48) NOT NULL,
                "revision" integer NOT NULL,
                "data" jsonb NOT NULL,
                "recorded_by" uuid,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "uq_lifecycle_output_revisions_revision" UNIQUE ("output_id", "revision"),
                CONSTRAINT "PK_c61cd7bf9ea686fe257fb76f02e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_lifecycle_output_revisions_association" ON "lifecycle_phase_output_revisions" ("association_id", "phase")
        `);
    await queryRunner.query(`
            CREATE TABLE "lifecycle_settings" (
                "id" smallint NOT NULL DEFAULT '1',
                "potential_threshold" integer NOT NULL,
                "min_founding_members" integer NOT NULL,
                "transitions_need_approval" boolean NOT NULL,
                "phase_wording" jsonb NOT NULL DEFAULT '{}',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_lifecycle_settings_threshold" CHECK (
                    potential_threshold BETWEEN 0 AND 100
                ),
                CONSTRAINT "ck_lifecycle_settings_singleton" CHECK (id = 1),
                CONSTRAINT "PK_c7c5ee0f867459ec0f5cd3c9874" PRIMARY KEY ("id")
            )
        `);
    // The chamber's settings start at the defaults of the phase table (DEFAULT_SETTINGS).
    await queryRunner.query(`
            INSERT INTO "lifecycle_settings" ("id", "potential_threshold", "min_founding_members", "transitions_need_approval", "version")
            VALUES (1, 60, 7, false, 1)
        `);
    await queryRunner.query(`
            ALTER TABLE "lifecycle_transitions"
            ADD CONSTRAINT "fk_lifecycle_transitions_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lifecycle_phase_outputs"
            ADD CONSTRAINT "fk_lifecycle_phase_outputs_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lifecycle_phase_output_revisions"
            ADD CONSTRAINT "fk_lifecycle_output_revisions_output" FOREIGN KEY ("output_id") REFERENCES "lifecycle_phase_outputs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "lifecycle_phase_output_revisions" DROP CONSTRAINT "fk_lifecycle_output_revisions_output"
        `);
    await queryRunner.query(`
            ALTER TABLE "lifecycle_phase_outputs" DROP CONSTRAINT "fk_lifecycle_phase_outputs_association"
        `);
    await queryRunner.query(`
            ALTER TABLE "lifecycle_transitions" DROP CONSTRAINT "fk_lifecycle_transitions_association"
        `);
    await queryRunner.query(`
            DROP TABLE "lifecycle_settings"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_lifecycle_output_revisions_association"
        `);
    await queryRunner.query(`
            DROP TABLE "lifecycle_phase_output_revisions"
        `);
    await queryRunner.query(`
            DROP TABLE "lifecycle_phase_outputs"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_lifecycle_transitions_association"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_lifecycle_transitions_status"
        `);
    await queryRunner.query(`
            DROP TABLE "lifecycle_transitions"
        `);
  }
}
