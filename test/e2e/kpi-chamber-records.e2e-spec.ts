import { INestApplicationContext } from '@nestjs/common';
import { formatPeriod, periodContaining } from '@tashakkol/kpi';
import { jalaliYearOf } from '@tashakkol/shared';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';
import { eventually, startWorker } from '../support/worker';

jest.setTimeout(120_000);

const YEAR = jalaliYearOf(new Date());
/** Grants are delivered now, so the period they fall in is the current quarter. */
const QUARTER = formatPeriod(periodContaining(new Date(), 'quarterly'));
const REVENUE = 3_000_000_000;

describe('the chamber’s own facts in the scores: delivered grants, its assessment, one yearly rating', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: string;
  let staff: string;
  let president: string;
  let approver: string;
  let board: string;
  let otherBoard: string;
  let assoc: { id: string };
  let rialsKind: string;
  let hoursKind: string;

  beforeAll(async () => {
    await seedIndicatorCatalog(await testDb());
    api = await startApi();
    worker = await startWorker();
    admin = await api.adminToken();
    [staff, president, approver] = await Promise.all([
      api.userWithRole('staff').then((u) => u.token),
      api.userWithRole('president').then((u) => u.token),
      api.userWithRole('approver').then((u) => u.token),
    ]);
    assoc = await createAssociation(api, { phase: 'support_monitoring' });
    const other = await createAssociation(api, { phase: 'support_monitoring' });
    board = (await api.userWithRole('board', assoc.id)).token;
    otherBoard = (await api.userWithRole('board', other.id)).token;
    const suffix = Date.now().toString(36);
    rialsKind = await kind(`fund_${suffix}`, 'rials', { amountRials: '100000000000' });
    hoursKind = await kind(`train_${suffix}`, 'hours', { hours: 10_000 });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await closeTestDb();
  });

  /** Set-up through the supports' and reports' own endpoints (their contract is checked by their own suites). */
  const setup = (method: string, path: string, body: unknown, token: string) =>
    api.request(method, path, { token, body, unchecked: true });

  async function kind(code: string, carries: 'rials' | 'hours', budget: Record<string, unknown>) {
    const created = await setup(
      'POST',
      '/support-kinds',
      { code, nameFa: 'نوع آزمایشی', nameEn: 'Test kind', carries, phases: ['support_monitoring'] },
      admin,
    );
    expect(created.status).toBe(201);
    const b = await setup('POST', '/support-budgets', { fiscalYear: YEAR, kindCode: code, ...budget }, admin);
    expect(b.status).toBe(201);
    return code;
  }

  /** Requested by staff, approved by the president, and delivered unless told otherwise. */
  async function grant(body: Record<string, unknown>, deliver = true) {
    const requested = await setup(
      'POST',
      `/associations/${assoc.id}/supports`,
      { justification: 'حمایت برای آزمون دفتر حمایت ها', ...body },
      staff,
    );
    expect(requested.status).toBe(201);
    const approved = await setup(
      'POST',
      `/supports/${requested.body.id}/approve`,
      { version: requested.body.version, acknowledgePrecautions: true },
      president,
    );
    expect(approved.status).toBe(200);
    if (!deliver) return approved.body;
    const delivered = await setup(
      'POST',
      `/supports/${requested.body.id}/deliver`,
      { version: approved.body.version, evidence: 'صورتجلسه تحویل' },
      staff,
    );
    expect(delivered.status).toBe(200);
    return delivered.body;
  }

  async function scoresWhere(check: (s: any) => boolean) {
    return eventually(async () => {
      const s = await api.get(`/associations/${assoc.id}/scores?period=${QUARTER}`, board);
      return s.status === 200 && check(s.body) ? s.body : undefined;
    }, 30_000);
  }

  const indicator = (scores: any, code: string) => scores.indicators.find((i: any) => i.code === code);

  it('derives the chamber’s share of revenue from the delivered grants, and re-scores when one more is delivered', async () => {
    await grant({ kindCode: rialsKind, amountRials: '600000000' });
    await grant({ kindCode: rialsKind, amountRials: '300000000' });
    await grant({ kindCode: hoursKind, hours: 10, participants: 12 });
    // Approved but not delivered: not money the association received.
    await grant({ kindCode: rialsKind, amountRials: '5000000000' }, false);

    const refused = await api.post(
      `/associations/${assoc.id}/kpi-reports`,
      {
        period: QUARTER,
        values: [
          { indicatorCode: 'revenue', value: REVENUE },
          { indicatorCode: 'chamber_funding', value: 0 },
        ],
      },
      board,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(
      /^values\.1\.indicatorCode: chamber_funding is not reported by the board; the chamber records it/,
    );

    const notRecordable = await api.post(
      '/indicators',
      {
        code: `recorded_${Date.now().toString(36)}`,
        nameFa: 'شاخص آزمایشی',
        nameEn: 'Test',
        axis: 'chamber',
        criterion: 'governance',
        unit: 'count',
        direction: 'higher',
        kind: 'recorded',
        frequency: 'quarterly',
        defaultWeight: 1,
      },
      admin,
    );
    expect([notRecordable.status, notRecordable.body.message]).toEqual([
      400,
      expect.stringMatching(/^kind: .* cannot be recorded by the chamber/),
    ]);

    // The members count is the member registry's (participation): the board registers 40 members.
    const form = new FormData();
    const rows = Array.from({ length: 40 }, (_, i) => `firm,عضو شماره ${i + 1},${20_000_000 + i},2024-03-20`);
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

    const draft = await setup(
      'POST',
      `/associations/${assoc.id}/kpi-reports`,
      { period: QUARTER, values: [{ indicatorCode: 'revenue', value: REVENUE }] },
      board,
    );
    expect(draft.status).toBe(201);
    expect((await setup('POST', `/kpi-reports/${draft.body.id}/submit`, {}, board)).status).toBe(200);
    expect((await setup('POST', `/kpi-reports/${draft.body.id}/accept`, {}, staff)).status).toBe(200);

    const scores = await scoresWhere((s) => indicator(s, 'chamber_funding')?.value === 900_000_000);
    expect(scores.kind).toBe('progress');
    // 900 m delivered ÷ 3 bn revenue = 30 %, the common target: 100 % achieved.
    expect(indicator(scores, 'chamber_funding_share')).toMatchObject({ value: 30, achievement: 100 });
    // 10 hours × 12 participants ÷ 40 members.
    expect(indicator(scores, 'training_hours')).toMatchObject({ value: 120 });
    expect(indicator(scores, 'training_hours_per_member')).toMatchObject({ value: 3 });
    expect(indicator(scores, 'members_count')).toMatchObject({ value: 40 });

    await grant({ kindCode: rialsKind, amountRials: '300000000' });
    const after = await scoresWhere((s) => indicator(s, 'chamber_funding')?.value === 1_200_000_000);
    // 1.2 bn ÷ 3 bn = 40 % against the 30 % ceiling: 75 % achieved.
    expect(indicator(after, 'chamber_funding_share')).toMatchObject({ value: 40, achievement: 75 });
    expect(after.axes.chamber).toBe(75);
  });

  it('lets staff record the chamber expert’s assessment, which moves the chamber axis; the board reads it and cannot write it', async () => {
    const url = `/associations/${assoc.id}/chamber-assessments/${QUARTER}`;
    const body = (score: number, version?: number) => ({
      version,
      criteria: [{ criterion: 'governance', score, comment: 'دبیرخانه فعال است؛ صورتجلسات ناقص' }],
    });
    expect((await api.put(url, body(40), board)).status).toBe(403);
    expect((await api.put(url, body(40), approver)).status).toBe(403);
    expect((await api.put(url, body(40), admin)).status).toBe(403);
    expect((await api.get(url, board)).status).toBe(404);

    for (const [bad, field] of [
      [{ criteria: [{ criterion: 'governance', score: 150, comment: 'x' }] }, /^criteria\[0\]\.score/],
      [{ criteria: [{ criterion: 'charisma', score: 50, comment: 'x' }] }, /^criteria\[0\]\.criterion/],
      [{ criteria: [{ criterion: 'governance', score: 50 }] }, /^criteria\[0\]\.comment/],
      [{ criteria: [] }, /^criteria/],
      [
        {
          criteria: [
            { criterion: 'services', score: 50, comment: 'x' },
            { criterion: 'services', score: 60, comment: 'y' },
          ],
        },
        /^criteria\[1\]\.criterion/,
      ],
    ] as const) {
      const res = await api.put(url, bad, staff);
      expect([res.status, res.body.message]).toEqual([400, expect.stringMatching(field)]);
    }
    const badPeriod = await api.put(`/associations/${assoc.id}/chamber-assessments/1405-Q7`, body(40), staff);
    expect([badPeriod.status, badPeriod.body.message]).toEqual([400, expect.stringMatching(/^period/)]);
    const missing = await api.put(
      `/associations/00000000-0000-4000-8000-000000000000/chamber-assessments/${QUARTER}`,
      body(40),
      staff,
    );
    expect(missing.status).toBe(404);

    const first = await api.put(url, body(40), staff);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ period: QUARTER, version: 1 });
    expect(first.body.criteria[0]).toMatchObject({ criterion: 'governance', nameFa: 'حکمرانی', score: 40 });

    // The chamber axis: the share's 75 % (weight 2) and the expert's 40 (weight 1).
    const low = await scoresWhere((s) => indicator(s, 'chamber_assessment.governance')?.value === 40);
    expect(low.axes.chamber).toBeCloseTo(63.33, 2);
    expect(indicator(low, 'chamber_assessment.governance').nameFa).toBe('ارزیابی کارشناس اتاق: حکمرانی');

    expect((await api.put(url, body(90), staff)).status).toBe(409);
    expect((await api.put(url, body(90, 7), staff)).status).toBe(409);
    const revised = await api.put(url, body(90, 1), staff);
    expect(revised.status).toBe(200);
    expect(revised.body.version).toBe(2);
    const high = await scoresWhere((s) => indicator(s, 'chamber_assessment.governance')?.value === 90);
    expect(high.axes.chamber).toBe(80);

    const seen = await api.get(url, board);
    expect(seen.status).toBe(200);
    expect(seen.body.criteria[0]).toMatchObject({ score: 90, comment: 'دبیرخانه فعال است؛ صورتجلسات ناقص' });
    expect((await api.get(url, otherBoard)).status).toBe(404);
    expect((await api.put(url, body(10, 2), otherBoard)).status).toBe(403);

    const audit = await (
      await testDb()
    ).query(
      `SELECT action FROM audit_log WHERE entity = 'kpi_chamber_assessment' AND association_id = $1 ORDER BY id`,
      [assoc.id],
    );
    expect(audit.map((r: { action: string }) => r.action)).toEqual([
      'kpi.chamber_assessment.create',
      'kpi.chamber_assessment.update',
    ]);
  });

  it('rates the year once from all its periods, graded against the thresholds the admin sets', async () => {
    const rating = await eventually(async () => {
      const r = await api.get(`/associations/${assoc.id}/rating?year=${YEAR}`, board);
      return r.status === 200 && r.body.periods.includes(QUARTER) ? r.body : undefined;
    }, 30_000);
    expect(rating).toMatchObject({ associationId: assoc.id, kind: 'rating', year: YEAR });
    expect(rating.coverage.quarters).toBeGreaterThanOrEqual(1);
    expect(Object.keys(rating.criteria).sort()).toEqual(
      ['governance', 'membership', 'policy_influence', 'regulation', 'services'].sort(),
    );
    expect(rating.position.peers).toBeGreaterThanOrEqual(1);
    expect(rating.position.category).toMatchObject({ categoryId: expect.any(Number) });
    expect(rating.composite).not.toBeNull();

    const settings = await api.get('/kpi/settings', admin);
    const composite = rating.composite as number;
    const bad = await api.put(
      '/kpi/settings',
      { ratingGradeA: 40, ratingGradeB: 60, version: settings.body.version },
      admin,
    );
    expect([bad.status, bad.body.message]).toEqual([400, expect.stringMatching(/^ratingGradeA/)]);
    expect(
      (await api.put('/kpi/settings', { ratingGradeA: 1, version: settings.body.version }, staff)).status,
    ).toBe(403);
    // Thresholds just above and below this association's composite: the grade follows at once.
    const put = await api.put(
      '/kpi/settings',
      {
        ratingGradeA: Math.min(100, composite + 1),
        ratingGradeB: Math.max(0.02, composite - 1),
        ratingGradeC: 0.01,
        version: settings.body.version,
      },
      admin,
    );
    expect(put.status).toBe(200);
    try {
      const graded = await api.get(`/associations/${assoc.id}/rating?year=${YEAR}`, board);
      expect(graded.body).toMatchObject({ grade: 'B', thresholds: { A: Math.min(100, composite + 1) } });
    } finally {
      await api.put(
        '/kpi/settings',
        { ratingGradeA: 85, ratingGradeB: 70, ratingGradeC: 50, version: put.body.version },
        admin,
      );
    }

    expect((await api.get(`/associations/${assoc.id}/rating?year=14x5`, board)).body.message).toMatch(
      /^year/,
    );
    expect((await api.get(`/associations/${assoc.id}/rating?year=${YEAR}`, otherBoard)).status).toBe(404);
    expect((await api.get(`/associations/${assoc.id}/rating?year=1390`, staff)).status).toBe(404);
  });
});
