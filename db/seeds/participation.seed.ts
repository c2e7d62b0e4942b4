import { parsePeriod, periodBounds, periodsBetween } from '@tashakkol/kpi';
import { STANDARD_SURVEY } from '@tashakkol/participation';
import { normalizePersian } from '@tashakkol/shared';
import { EntityManager } from 'typeorm';
import { clamp, DEMO_YEARS, demoKpiAssociations, demoMembersAt, DIR, Trend } from './kpi.seed';
import { Seed } from './seed';

const QUARTERS = periodsBetween(parsePeriod('1403-Q1'), parsePeriod('1404-Q4'));
const DAY = 86_400_000;

/** The Tehran day (ISO) on which a period starts, plus `days`. */
function dayOf(start: Date, days = 0): string {
  return new Date(start.getTime() + days * DAY + 12 * 3_600_000).toISOString().slice(0, 10);
}

/** Answers whose mean satisfaction (0–100) is `satisfaction`: each Likert item 1–5, integers mixed. */
function demoAnswers(count: number, satisfaction: number) {
  const mean = 1 + (4 * satisfaction) / 100;
  const low = Math.floor(mean);
  const share = mean - low;
  const likert = STANDARD_SURVEY.items.filter((i) => i.kind === 'likert');
  return Array.from({ length: count }, (_, j) => {
    const up = Math.floor((j + 1) * share) > Math.floor(j * share);
    const value = Math.min(5, up ? low + 1 : low);
    return likert.map((i) => ({ key: i.key, value }));
  });
}

/**
 * The members' voice of one demo association: its registry growing or shrinking with its trend, a
 * closed satisfaction survey each year with its answers, and the year's ordinary assembly (late in
 * 1404 for a declining one). The scores read all of it (members axis, members count, coverage).
 */
async function seedMembersVoice(
  em: EntityManager,
  a: { id: string; trend: Trend; missing: boolean; size: number },
  surveyId: string,
  createdBy: string,
): Promise<void> {
  const [{ n }]: { n: number }[] = await em.query(
    `SELECT count(*)::int AS n FROM members WHERE association_id = $1`,
    [a.id],
  );
  if (n > 0) return;
  const d = DIR[a.trend];
  const rows: { joinedOn: string; leftOn: string | null }[] = [];
  const first = dayOf(periodBounds(QUARTERS[0]).start);
  for (let i = 0; i < a.size; i++) rows.push({ joinedOn: first, leftOn: null });
  for (let q = 1; q < QUARTERS.length; q++) {
    const day = dayOf(periodBounds(QUARTERS[q]).start);
    const delta = demoMembersAt(a.size, a.trend, q) - demoMembersAt(a.size, a.trend, q - 1);
    for (let i = 0; i < delta; i++) rows.push({ joinedOn: day, leftOn: null });
    for (let i = 0, left = 0; left < -delta && i < rows.length; i++)
      if (rows[i].leftOn === null) {
        rows[i].leftOn = day;
        left++;
      }
  }
  for (const [i, r] of rows.entries()) {
    const firm = i % 5 !== 0;
    const nameFa = firm ? `شرکت عضو ${i + 1}` : `عضو حقیقی ${i + 1}`;
    await em.query(
      `INSERT INTO members (association_id, kind, name_fa, name_search, identifier, joined_on, left_on, dues_status, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)`,
      [
        a.id,
        firm ? 'firm' : 'person',
        nameFa,
        normalizePersian(nameFa),
        String(40_000_000 + i),
        r.joinedOn,
        r.leftOn,
        i % 4 === 3 ? 'due' : 'paid',
      ],
    );
  }
  for (const [y, year] of DEMO_YEARS.entries()) {
    if (a.missing && y === 1) continue;
    const bounds = periodBounds(parsePeriod(year));
    const invited = demoMembersAt(a.size, a.trend, y * 4 + 3);
    const answered = Math.max(5, Math.round(invited * clamp(0.42 + 0.12 * y * d, 0.1, 0.9)));
    const [run]: { id: string }[] = await em.query(
      `INSERT INTO survey_runs (survey_id, association_id, period, status, invited, expires_at, created_by, created_at, version)
       VALUES ($1, $2, $3, 'closed', $4, $5, $6, $7, 2) RETURNING id`,
      [surveyId, a.id, year, invited, new Date(bounds.start.getTime() + 300 * DAY), createdBy, bounds.start],
    );
    for (const answers of demoAnswers(answered, clamp(64 + 8 * y * d, 0, 100)))
      await em.query(`INSERT INTO survey_responses (run_id, answers) VALUES ($1, $2)`, [
        run.id,
        JSON.stringify(answers),
      ]);
    // The ordinary assembly: notice 20 days ahead, held by its due date with quorum; late when declining.
    const late = a.trend === 'declining' && y === 1;
    const eligible = invited;
    await em.query(
      `INSERT INTO assemblies (association_id, kind, fiscal_year, notice_date, scheduled_on, due_by, agenda, quorum_rule,
         held_on, eligible, attended, resolutions, version)
       VALUES ($1, 'ordinary', $2, $3, $4, $5, $6, 'half_plus_one', $7, $8, $9, $10, 2)`,
      [
        a.id,
        Number(year),
        dayOf(bounds.start, 70),
        dayOf(bounds.start, 90),
        dayOf(bounds.start, 120),
        JSON.stringify(['گزارش هیئت مدیره', 'تصویب صورت های مالی', 'تعیین بازرس']),
        dayOf(bounds.start, late ? 135 : 90),
        eligible,
        Math.ceil(eligible * 0.62),
        JSON.stringify(['صورت های مالی سال تصویب شد']),
      ],
    );
  }
}

/**
 * The standard member-satisfaction questionnaire (an existing one of that code is left alone),
 * then the demo associations' members' voice (their registry, surveys and assemblies), once.
 */
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
    const [survey]: { id: string }[] = await ds.query(`SELECT id FROM surveys WHERE code = $1`, [
      STANDARD_SURVEY.code,
    ]);
    const [staff]: { id: string }[] = await ds.query(
      `SELECT id FROM users WHERE email = 'staff@tashakkol.local' OR role = 'admin'
        ORDER BY (email = 'staff@tashakkol.local') DESC, created_at LIMIT 1`,
    );
    if (!survey || !staff) return;
    const associations = await demoKpiAssociations(ds);
    for (const a of associations) await ds.transaction((em) => seedMembersVoice(em, a, survey.id, staff.id));
    log(`participation: members, surveys and assemblies of ${associations.length} demo associations`);
  },
};
