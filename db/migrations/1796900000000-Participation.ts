import { MigrationInterface, QueryRunner } from 'typeorm';

export class Participation1796900000000 implements MigrationInterface {
  name = 'Participation1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "surveys" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(64) NOT NULL,
                "title_fa" character varying(200) NOT NULL,
                "title_en" character varying(200),
                "items" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_f6c7d53aaa0dd953f0755b643a0" UNIQUE ("code"),
                CONSTRAINT "PK_1b5e3d4aaeb2321ffa98498c971" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "survey_runs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "survey_id" uuid NOT NULL,
                "association_id" uuid NOT NULL,
                "period" character varying(10) NOT NULL,
                "status" character varying(8) NOT NULL DEFAULT 'open',
                "invited" integer NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "results" jsonb,
                "results_at" TIMESTAMP WITH TIME ZONE,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_survey_runs_status" CHECK (status IN ('open', 'closed')),
                CONSTRAINT "PK_5f95022884386fb87aa1eb34c85" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_survey_runs_once" ON "survey_runs" ("association_id", "survey_id", "period")
        `);
    await queryRunner.query(`
            CREATE TABLE "survey_responses" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "run_id" uuid NOT NULL,
                "answers" jsonb NOT NULL,
                CONSTRAINT "PK_349995c51959d139d8e485a58ea" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_survey_responses_run" ON "survey_responses" ("run_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "one_time_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "purpose" character varying(8) NOT NULL,
                "subject_id" uuid NOT NULL,
                "association_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_aacfd2b9e82ddfd3bcc285ea9a9" UNIQUE ("token_hash"),
                CONSTRAINT "ck_one_time_links_purpose" CHECK (purpose IN ('survey', 'ballot')),
                CONSTRAINT "PK_a9c0872042c6d77795be5924fa2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_one_time_links_subject" ON "one_time_links" ("purpose", "subject_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "kind" character varying(8) NOT NULL,
                "name_fa" character varying(200) NOT NULL,
                "name_search" character varying(200) NOT NULL,
                "identifier" character varying(20) NOT NULL,
                "trade" character varying(200),
                "phone" character varying(20),
                "email" character varying(200),
                "joined_on" date NOT NULL,
                "left_on" date,
                "dues_status" character varying(8) NOT NULL DEFAULT 'due',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_members_dates" CHECK (
                    left_on IS NULL
                    OR left_on >= joined_on
                ),
                CONSTRAINT "ck_members_dues" CHECK (dues_status IN ('paid', 'due', 'exempt')),
                CONSTRAINT "ck_members_kind" CHECK (kind IN ('firm', 'person')),
                CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_members_association_joined" ON "members" ("association_id", "joined_on")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_members_association_identifier" ON "members" ("association_id", "identifier")
        `);
    await queryRunner.query(`
            CREATE TABLE "elections" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "assembly_id" uuid,
                "seats" integer NOT NULL,
                "term_start" date NOT NULL,
                "term_end" date NOT NULL,
                "candidates" jsonb NOT NULL,
                "recorded_votes" jsonb NOT NULL DEFAULT '{}',
                "status" character varying(8) NOT NULL DEFAULT 'open',
                "result" jsonb,
                "fiscal_year" integer,
                "counted_on" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_elections_seats" CHECK (
                    seats BETWEEN 1 AND 25
                ),
                CONSTRAINT "ck_elections_status" CHECK (status IN ('open', 'counted')),
                CONSTRAINT "PK_21abca6e4191b830d1eb8379cf0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_elections_association" ON "elections" ("association_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "ballots" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "election_id" uuid NOT NULL,
                "choices" jsonb NOT NULL,
                CONSTRAINT "PK_1c29cf82a8045f839f8639634e9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_ballots_election" ON "ballots" ("election_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "assemblies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "fiscal_year" integer NOT NULL,
                "notice_date" date NOT NULL,
                "scheduled_on" date NOT NULL,
                "due_by" date,
                "agenda" jsonb NOT NULL,
                "quorum_rule" character varying(16) NOT NULL,
                "held_on" date,
                "eligible" integer,
                "attended" integer,
                "resolutions" jsonb NOT NULL DEFAULT '[]',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "ck_assemblies_quorum" CHECK (
                    quorum_rule IN (
                        'half_plus_one',
                        'two_thirds',
                        'one_third',
                        'any'
                    )
                ),
                CONSTRAINT "ck_assemblies_kind" CHECK (
                    kind IN ('ordinary', 'extraordinary', 'founding')
                ),
                CONSTRAINT "PK_25f742ba403068985d28f3fe0c7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_assemblies_association_notice" ON "assemblies" ("association_id", "notice_date")
        `);
    await queryRunner.query(`
            ALTER TABLE "survey_runs"
            ADD CONSTRAINT "fk_survey_runs_survey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "survey_runs"
            ADD CONSTRAINT "fk_survey_runs_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "survey_responses"
            ADD CONSTRAINT "fk_survey_responses_run" FOREIGN KEY ("run_id") REFERENCES "survey_runs"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "members"
            ADD CONSTRAINT "fk_members_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "elections"
            ADD CONSTRAINT "fk_elections_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ballots"
            ADD CONSTRAINT "fk_ballots_election" FOREIGN KEY ("election_id") REFERENCES "elections"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assemblies"
            ADD CONSTRAINT "fk_assemblies_association" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "assemblies" DROP CONSTRAINT "fk_assemblies_association"
        `);
    await queryRunner.query(`
            ALTER TABLE "ballots" DROP CONSTRAINT "fk_ballots_election"
        `);
    await queryRunner.query(`
            ALTER TABLE "elections" DROP CONSTRAINT "fk_elections_association"
        `);
    await queryRunner.query(`
            ALTER TABLE "members" DROP CONSTRAINT "fk_members_association"
        `);
    await queryRunner.query(`
            ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_run"
        `);
    await queryRunner.query(`
            ALTER TABLE "survey_runs" DROP CONSTRAINT "fk_survey_runs_association"
        `);
    await queryRunner.query(`
            ALTER TABLE "survey_runs" DROP CONSTRAINT "fk_survey_runs_survey"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_assemblies_association_notice"
        `);
    await queryRunner.query(`
            DROP TABLE "assemblies"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_ballots_election"
        `);
    await queryRunner.query(`
            DROP TABLE "ballots"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_elections_association"
        `);
    await queryRunner.query(`
            DROP TABLE "elections"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_members_association_identifier"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_members_association_joined"
        `);
    await queryRunner.query(`
            DROP TABLE "members"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_one_time_links_subject"
        `);
    await queryRunner.query(`
            DROP TABLE "one_time_links"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_survey_responses_run"
        `);
    await queryRunner.query(`
            DROP TABLE "survey_responses"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_survey_runs_once"
        `);
    await queryRunner.query(`
            DROP TABLE "survey_runs"
        `);
    await queryRunner.query(`
            DROP TABLE "surveys"
        `);
  }
}
