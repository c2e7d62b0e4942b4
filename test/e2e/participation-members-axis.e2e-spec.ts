import { INestApplicationContext } from '@nestjs/common';
import { STANDARD_SURVEY } from '@tashakkol/participation';
import { jalaliYearOf } from '@tashakkol/shared';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';
import { eventually, startWorker } from '../support/worker';

jest.setTimeout(240_000);

/** A past Jalali year: its yearly report can be submitted, its survey, assembly and election recorded. */
const YEAR = 1404;
const MEMBERS = 10;

/** The standard questionnaire's Likert items all answered `likert` (1–5). */
function answers(likert: number) {
  return {
    answers: STANDARD_SURVEY.items
      .filter((i) => i.kind === 'likert')
      .map((i) => ({ key: i.key, value: likert })),
  };
}

describe('the members’ voice feeds the members axis (participation → kpi, through the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext | undefined;
  let staff: string;
  let board: string;
  let otherBoard: string;
  let assoc: { id: string };
  let run: { id: string; version: number; invited: number };
  let links: { token: string }[];

  /** Set-up through the owners' endpoints (their contracts are checked by their own suites). */
  const setup = (method: string, path: string, body: unknown, token: string) =>
    api.request(method, path, { token, body, unchecked: true });

  beforeAll(async () => {
    const db = await testDb();
    await seedIndicatorCatalog(db);
    await db.query(
      `INSERT INTO surveys (code, title_fa, title_en, items, version) VALUES ($1, $2, $3, $4, 1) ON CONFLICT (code) DO NOTHING`,
      [
        STANDARD_SURVEY.code,
        STANDARD_SURVEY.titleFa,
        STANDARD_SURVEY.titleEn,
        JSON.stringify(STANDARD_SURVEY.items),
      ],
    );
    api = await startApi();
    staff = (await api.userWithRole('staff')).token;
    assoc = await createAssociation(api, { phase: 'support_monitoring' });
    const other = await createAssociation(api, { phase: 'support_monitoring' });
    board = (await api.userWithRole('board', assoc.id)).token;
    otherBoard = (await api.userWithRole('board', other.id)).token;

    // The board keeps its registry: ten current members.
    const form = new FormData();
    const rows = Array.from(
      { length: MEMBERS },
      (_, i) => `firm,عضو شماره ${i + 1},${30_000_000 + i},2024-03-20`,
    );
    form.append(
      'file',
      new Blob([`kind,nameFa,identifier,joinedOn\n${rows.join('\n')}\n`], { type: 'text/csv' }),
      'members.csv',
    );
    const imported = await api.request('POST', `/associations/${assoc.id}/members/import`, {
      token: board,
      raw: { contentType: 'multipart/form-data', data: form },
      unchecked: true,
    });
    expect(imported.status).toBe(201);

    // Satisfaction is scored against the association's own target; the response rate (50 %) and the
    // assemblies held on time (1) have the chamber's common targets.
    const targets = await setup(
      'PUT',
      `/associations/${assoc.id}/targets`,
      { targets: [{ indicatorCode: 'member_satisfaction', baseline: 50, target: 80 }] },
      staff,
    );
    expect(targets.status).toBe(200);

    // The year's report, accepted: what the board declares; the members' voice is not in it.
    const draft = await setup(
      'POST',
      `/associations/${assoc.id}/kpi-reports`,
      { period: String(YEAR), values: [{ indicatorCode: 'self_regulation_rules', value: 1 }] },
      board,
    );
    expect(draft.status).toBe(201);
    expect((await setup('POST', `/kpi-reports/${draft.body.id}/submit`, {}, board)).status).toBe(200);
    expect((await setup('POST', `/kpi-reports/${draft.body.id}/accept`, {}, staff)).status).toBe(200);

    const sent = await setup(
      'POST',
      `/associations/${assoc.id}/survey-runs`,
      { surveyCode: STANDARD_SURVEY.code, fiscalYear: YEAR },
      staff,
    );
    expect(sent.status).toBe(201);
    ({ run, links } = sent.body);
    expect(run.invited).toBe(MEMBERS);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await closeTestDb();
  });

  async function scores(check: (s: any) => boolean) {
    return eventually(async () => {
      const s = await api.get(`/associations/${assoc.id}/scores?period=${YEAR}`, board);
      return s.status === 200 && check(s.body) ? s.body : undefined;
    }, 60_000);
  }
  const indicator = (s: any, code: string) => s.indicators.find((i: any) => i.code === code);

  it('queues one re-scoring per survey run however many answers arrive before the worker takes it', async () => {
    // Five members answer at once.
    const sent = await Promise.all(
      links.slice(0, 5).map((l) => api.post(`/survey-links/${l.token}`, answers(2))),
    );
    expect(sent.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const pending: { n: number; period: string }[] = await (
      await testDb()
    ).query(
      `SELECT count(*)::int AS n, max(period) AS period FROM kpi_outbox
        WHERE association_id = $1 AND reason = 'survey_answered' AND dispatched_at IS NULL`,
      [assoc.id],
    );
    expect(pending).toEqual([{ n: 1, period: String(YEAR) }]);
  });

  let low: any;
  it('scores member satisfaction and the response rate from the answers, and rescores when more arrive', async () => {
    worker = await startWorker();
    // Five answers of 2 of 5: satisfaction 25 of 100; five of ten members answered: 50 %.
    low = await scores((s) => indicator(s, 'member_satisfaction')?.value === 25);
    expect(indicator(low, 'member_satisfaction')).toMatchObject({ status: 'scored', target: 80 });
    expect(indicator(low, 'survey_response_rate')).toMatchObject({ value: 50, achievement: 100 });
    // No assembly recorded yet: none held on time.
    expect(indicator(low, 'general_assemblies_on_time')).toMatchObject({ value: 0, achievement: 0 });
    expect(low.axes.members).toEqual(expect.any(Number));

    for (const link of links.slice(5)) {
      expect((await api.post(`/survey-links/${link.token}`, answers(5))).status).toBe(201);
    }
    // Five more answers of 5 of 5: (5 × 25 + 5 × 100) ÷ 10 = 62.5; everyone answered.
    const high = await scores((s) => indicator(s, 'member_satisfaction')?.value === 62.5);
    expect(indicator(high, 'survey_response_rate')).toMatchObject({ value: 100 });
    expect(high.axes.members).toBeGreaterThan(low.axes.members);
    expect(high.composite).toBeGreaterThan(low.composite);
  });

  it('moves the members axis and governance when the year’s ordinary assembly is recorded as held on time', async () => {
    const before = await scores((s) => indicator(s, 'member_satisfaction')?.value === 62.5);
    const created = await setup(
      'POST',
      `/associations/${assoc.id}/assemblies`,
      {
        kind: 'ordinary',
        fiscalYear: YEAR,
        noticeDate: '2025-06-01',
        scheduledOn: '2025-06-20',
        dueBy: '2025-07-22',
        agenda: ['گزارش هیئت مدیره', 'تصویب صورت های مالی'],
        quorumRule: 'half_plus_one',
      },
      board,
    );
    expect(created.status).toBe(201);
    const held = await setup(
      'PATCH',
      `/associations/${assoc.id}/assemblies/${created.body.id}`,
      { version: created.body.version, heldOn: '2025-06-20', eligible: MEMBERS, attended: 6 },
      board,
    );
    expect(held.body).toMatchObject({ heldOnTime: true });
    const after = await scores((s) => indicator(s, 'general_assemblies_on_time')?.value === 1);
    expect(indicator(after, 'general_assemblies_on_time')).toMatchObject({ achievement: 100 });
    expect(after.axes.members).toBeGreaterThan(before.axes.members);
    expect(after.criteria.governance).toBeGreaterThan(before.criteria.governance ?? 0);
  });

  it('counts a board election into the elections held of the year it was counted', async () => {
    // An election is counted today, so it falls in the current Jalali year: the board reports that year.
    const thisYear = jalaliYearOf(new Date());
    const draft = await setup(
      'POST',
      `/associations/${assoc.id}/kpi-reports`,
      { period: String(thisYear), values: [{ indicatorCode: 'self_regulation_rules', value: 1 }] },
      board,
    );
    expect(draft.status).toBe(201);
    expect((await setup('POST', `/kpi-reports/${draft.body.id}/submit`, {}, board)).status).toBe(200);
    expect((await setup('POST', `/kpi-reports/${draft.body.id}/accept`, {}, staff)).status).toBe(200);
    const yearScores = (check: (s: any) => boolean) =>
      eventually(async () => {
        const s = await api.get(`/associations/${assoc.id}/scores?period=${thisYear}`, board);
        return s.status === 200 && check(s.body) ? s.body : undefined;
      }, 60_000);
    await yearScores((s) => indicator(s, 'board_elections_held')?.value === 0);

    const opened = await setup(
      'POST',
      `/associations/${assoc.id}/elections`,
      {
        seats: 1,
        termStart: '2026-07-01',
        termEnd: '2028-06-30',
        candidates: [{ fullName: 'مریم کاظمی' }, { fullName: 'رضا امینی' }],
      },
      board,
    );
    expect(opened.status).toBe(201);
    const [maryam] = opened.body.candidates;
    const paper = await setup(
      'PUT',
      `/elections/${opened.body.id}/recorded-votes`,
      { version: opened.body.version, votes: { [maryam.id]: 6 } },
      staff,
    );
    expect(paper.status).toBe(200);
    const counted = await setup(
      'POST',
      `/elections/${opened.body.id}/count`,
      { version: paper.body.version },
      staff,
    );
    expect(counted.status).toBe(200);
    await yearScores((s) => indicator(s, 'board_elections_held')?.value === 1);
  });

  it('refuses a board’s own figure for a fact the members’ voice records (400 naming the field)', async () => {
    for (const code of [
      'member_satisfaction',
      'survey_response_rate',
      'general_assemblies_on_time',
      'board_elections_held',
    ]) {
      const res = await api.post(
        `/associations/${assoc.id}/kpi-reports`,
        {
          period: String(YEAR - 1),
          values: [
            { indicatorCode: 'self_regulation_rules', value: 1 },
            { indicatorCode: code, value: 90 },
          ],
        },
        board,
      );
      expect([res.status, res.body.code, res.body.field]).toEqual([
        400,
        'kpi.recorded_indicator',
        'values[1].indicatorCode',
      ]);
      expect(res.body.message).toMatch(
        new RegExp(`^values\\.1\\.indicatorCode: ${code} is not reported by the board`),
      );
    }
    const quarterly = await api.post(
      `/associations/${assoc.id}/kpi-reports`,
      { period: `${YEAR}-Q1`, values: [{ indicatorCode: 'members_count', value: 500 }] },
      board,
    );
    expect([quarterly.status, quarterly.body.field]).toEqual([400, 'values[0].indicatorCode']);
  });

  it('still shows the board aggregates only: no individual answer, no link, and no survey of its own (403)', async () => {
    const results = await api.get(`/survey-runs/${run.id}/results`, board);
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({ responses: MEMBERS, shown: true, satisfaction: 62.5 });
    // Each item is a mean and a distribution; nothing lists who answered what.
    for (const item of results.body.items)
      expect(Object.keys(item).sort()).toEqual(
        ['answered', 'distribution', 'key', 'kind', 'mean', 'textFa'].sort(),
      );
    expect(JSON.stringify(results.body)).not.toMatch(/token|memberId|member_id/);
    // Only the chamber sends a questionnaire (and so holds the links) or closes a run.
    const own = await api.post(
      `/associations/${assoc.id}/survey-runs`,
      { surveyCode: STANDARD_SURVEY.code, fiscalYear: YEAR - 1 },
      board,
    );
    expect(own.status).toBe(403);
    expect((await api.post(`/survey-runs/${run.id}/close`, { version: run.version }, board)).status).toBe(
      403,
    );
    // Another association's board does not see the run at all.
    expect((await api.get(`/survey-runs/${run.id}/results`, otherBoard)).status).toBe(404);
    expect((await api.get(`/associations/${assoc.id}/scores?period=${YEAR}`, otherBoard)).status).toBe(404);
  });
});
