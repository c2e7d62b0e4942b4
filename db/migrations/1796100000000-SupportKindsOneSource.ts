import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The support-kind catalog becomes the single source of which kinds suit which phase: kinds can be
 * retired (`active`) and edited by the admin (`updated_at`, `version`). Rows nobody has edited yet
 * (version 1) take the reconciled phases and names; "entry into policy-making" is a milestone of
 * the association, not a support, so it is retired (its grants keep their history).
 */
export class SupportKindsOneSource1796100000000 implements MigrationInterface {
  name = 'SupportKindsOneSource1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "support_kinds" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "support_kinds" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`
      UPDATE "support_kinds" k SET "phases" = r.phases, "name_fa" = r.name_fa, "name_en" = r.name_en,
             "version" = k."version" + 1, "updated_at" = now()
        FROM (VALUES
          ('moral', 'حمایت معنوی', 'Moral support (the chamber''s endorsement, introductions, media)',
            ARRAY['concept_review', 'diagnosis', 'potential_assessment', 'formation', 'support_monitoring', 'development']::text[]),
          ('strategic_plan', 'حمایت مادی و مشاوره ای برای تدوین و پیاده سازی برنامه راهبردی', 'Consulting and material help to write and run a strategic plan',
            ARRAY['support_monitoring', 'development']::text[]),
          ('growth_strategy', 'راهبرد خلاقانه به همراه طرح توجیهی برای توسعه تشکل یا ایجاد زیرشاخه جدید', 'Creative strategy and feasibility plan to grow the association or found a new sub-branch',
            ARRAY['development']::text[]),
          ('rnd_unit', 'مشاوره برای راه اندازی واحد تحقیق و پژوهش', 'Consulting to set up a research (R&D) unit',
            ARRAY['development']::text[]),
          ('training', 'آموزش', 'Training',
            ARRAY['diagnosis', 'potential_assessment', 'formation', 'support_monitoring', 'development']::text[]),
          ('venue', 'مکان عمومی برای جلسات', 'A venue for meetings',
            ARRAY['concept_review', 'diagnosis', 'potential_assessment', 'formation', 'support_monitoring']::text[]),
          ('member_database', 'کمک به تکمیل بانک اطلاعات (دیتابیس) اعضا', 'Help to build the member database',
            ARRAY['support_monitoring', 'development']::text[])
        ) AS r(code, name_fa, name_en, phases)
       WHERE k."code" = r.code AND k."version" = 1
    `);
    await queryRunner.query(
      `UPDATE "support_kinds" SET "active" = false, "version" = "version" + 1, "updated_at" = now() WHERE "code" = 'policy_advocacy'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "support_kinds" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "support_kinds" DROP COLUMN "active"`);
  }
}
