import { STANDARD_SURVEY } from '@tashakkol/participation';
import { Seed } from './seed';

/** The standard member-satisfaction questionnaire; an existing one of that code is left alone. */
export const participationSeed: Seed = {
  name: 'participation',
  async run({ ds, log }) {
    const rows: unknown[] = await ds.query(
      `INSERT INTO surveys (code, title_fa, title_en, items, version) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [
        STANDARD_SURVEY.code,
        STANDARD_SURVEY.titleFa,
        STANDARD_SURVEY.titleEn,
        JSON.stringify(STANDARD_SURVEY.items),
      ],
    );
    log(
      rows.length
        ? 'participation: standard member-satisfaction questionnaire'
        : 'participation: questionnaire kept',
    );
  },
};
