import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { PhaseKey } from '@tashakkol/associations';
import { dataSourceOptions } from '@tashakkol/database';
import { formatPeriod, lastDuePeriod, parsePeriod, periodBounds, previousPeriod } from '@tashakkol/kpi';
import { RoadmapReadModel } from '@tashakkol/roadmap';
import { catalogsSeed } from '../../db/seeds/catalogs.seed';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';
import { eventually, startWorker } from '../support/worker';

const DAY = 86_400_000;
const bounds = (p: string) => periodBounds(parsePeriod(p));

/**
 * The roadmap counts the whole portfolio, so these tests run against an API on a database of
 * their own, with a fixed portfolio built here; every expected figure below is worked out by hand
 * from it (associations other test files create never reach these figures).
 *
 *   A1 development, cat 1, کرمان: milestones services+financing+member database (85 ≥ 80) done,
 *      policy-making overdue → stage 2; scores 1404-Q1..Q4 = 50, 55, 60, 70 (+20); training grant
 *      delivered in 1404-Q2 (30 h): before Q1,Q2 avg 52.5, after Q3,Q4 avg 65 → +12.5
 *   A2 development, cat 2, رفسنجان, union: services done, member database done at 50 < 80 and
 *      planned in the past → overdue, stage 0; scores 80, 75, 70, 60 (−20); training delivered in
 *      1404-Q4 (10 h): no period after → left out
 *   A3 development, national, no milestones → stage 0
 *   A4 support & monitoring (six quarters: stalled too), cat 1: scores 1403-Q3..1404-Q4 = 40..50 step 2 (+6); training
 *      delivered in 1404-Q2 (20 h; hours per member 1,1,2,2 before, 3,4 after) → +6, indicator +2;
 *      six quarterly reports due: on time, late, returned, draft, none, accepted on time
 *   A5 diagnosis for 400 days (stalled), cat 2: financial 1.5 bn approved (flagged), 500 rejected (1403)
 *   A6 formation for 400 days but dissolved: neither in the funnel nor stalled
 */
describe("the president's roadmap", () => {
  let db: PrivateDatabase;
  let ds: DataSource;
  let api: TestApi;
  let president: string;
  let staff: string;
  let cat1: number;
  let cat2: number;
  let userId: string;
  const ids: Record<string, string> = {};
  const duePeriods: string[] = [];

  const newAssociation = async (o: {
    phase: PhaseKey;
    category: number;
    city?: string;
    legalForm?: string;
    scope?: string;
    status?: string;
    daysInPhase?: number;
  }) => {
    const res = await api.post(
      '/associations',
      {
        nameFa: `انجمن نقشه راه ${Math.random().toString(36).slice(2, 8)}`,
        legalForm: o.legalForm ?? 'association',
        scope: o.scope ?? 'provincial',
        membershipType: 'firms',
        categoryId: o.category,
        city: o.city ?? 'کرمان',
      },
      await api.adminToken(),
    );
    expect(res.status).toBe(201);
    await ds.query(
      `UPDATE associations SET phase = $2, phase_entered_at = now() - make_interval(days => $3), status = $4 WHERE id = $1`,
      [res.body.id, o.phase, o.daysInPhase ?? 0, o.status ?? 'active'],
    );
    return res.body.id as string;
  };
  const score = (id: string, period: string, composite: number, grade: string, perMember?: number) =>
    ds.query(
      `INSERT INTO kpi_scores (association_id, period, period_start, revision, composite, grade, trend, axes, criteria, indicators, computed_at)
       VALUES ($1, $2, $3, 1, $4, $5, '{}', $6, '{}', $7, now())`,
      [
        id,
        period,
        bounds(period).start,
        composite,
        grade,
        JSON.stringify({ chamber: composite - 1, association: composite, members: composite + 1 }),
        JSON.stringify(
          perMember === undefined ? [] : [{ code: 'training_hours_per_member', value: perMember }],
        ),
      ],
    );
  const grant = (
    id: string,
    g: {
      kind: string;
      phase: PhaseKey;
      status: string;
      fy: number;
      rials?: string;
      hours?: number;
      deliveredAt?: Date;
      flagged?: boolean;
    },
  ) =>
    ds.query(
      `INSERT INTO support_grants (association_id, kind_code, phase, suits_phase, amount_rials, hours, justification, status, fiscal_year,
                                   requested_by, requested_at, delivered_at, version, precautions)
       VALUES ($1, $2, $3, true, $4, $5, 'آزمون', $6, $7, $8, now() - interval '400 days', $9, 1, $10)`,
      [
        id,
        g.kind,
        g.phase,
        g.rials ?? null,
        g.hours ?? null,
        g.status,
        g.fy,
        userId,
        g.deliveredAt ?? null,
        g.flagged ? ['financial_independence'] : [],
      ],
    );
  const report = (id: string, period: string, status: string, submittedAt: Date | null) =>
    ds.query(
      `INSERT INTO kpi_reports (association_id, period, period_start, period_end, status, submitted_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, 1)`,
      [id, period, bounds(period).start, bounds(period).end, status, submittedAt],
    );
  const milestones = async (id: string, list: Record<string, unknown>[]) => {
    const res = await api.put(
      `/associations/${id}/phases/development/outputs/roadmap`,
      { milestones: list },
      staff,
    );
    expect(res.status).toBe(200);
  };
  const overview = async (query = '') => {
    const res = await api.get(`/roadmap/overview${query}`, president);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    db = await PrivateDatabase.create();
    ds = await new DataSource(dataSourceOptions(db.url, 2)).initialize();
    await catalogsSeed.run({ ds, log: () => undefined });
    [cat1, cat2] = (await ds.query(`SELECT id FROM sector_categories ORDER BY id LIMIT 2`)).map(
      (r: { id: number }) => r.id,
    );
    api = await startApi({ DATABASE_URL: db.url });
    president = (await api.userWithRole('president')).token;
    staff = (await api.userWithRole('staff')).token;
    userId = (await ds.query(`SELECT id FROM users ORDER BY created_at LIMIT 1`))[0].id;
    await ds.query(
      `INSERT INTO kpi_indicators (code, name_fa, name_en, axis, criterion, unit, direction, kind, frequency, default_weight, version)
       VALUES ('training_hours_per_member', 'ساعت آموزش به ازای هر عضو', 'Training hours per member', 'association', 'services', 'hours', 'higher', 'reported', 'quarterly', 1, 1)`,
    );

    ids.A1 = await newAssociation({ phase: 'development', category: cat1 });
    ids.A2 = await newAssociation({
      phase: 'development',
      category: cat2,
      city: 'رفسنجان',
      legalForm: 'union',
    });
    ids.A3 = await newAssociation({ phase: 'development', category: cat1, scope: 'national' });
    ids.A4 = await newAssociation({ phase: 'support_monitoring', category: cat1 });
    ids.A5 = await newAssociation({ phase: 'diagnosis', category: cat2, daysInPhase: 400 });
    ids.A6 = await newAssociation({
      phase: 'formation',
      category: cat1,
      daysInPhase: 400,
      status: 'dissolved',
    });

    const past = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
    const future = new Date(Date.now() + 300 * DAY).toISOString().slice(0, 10);
    await milestones(ids.A1, [
      {
        kind: 'services_launched',
        plannedAt: '2025-01-01',
        doneAt: '2025-02-01',
        evidence: 'خدمت مشاوره صادرات',
      },
      { kind: 'sustainable_financing', plannedAt: '2025-03-01', doneAt: '2025-03-10' },
      {
        kind: 'member_database',
        plannedAt: '2025-05-01',
        doneAt: '2025-06-01',
        coveragePercent: 85,
        coverageTargetPercent: 80,
      },
      { kind: 'policy_making', plannedAt: past },
    ]);
    await milestones(ids.A2, [
      { kind: 'services_launched', plannedAt: '2025-01-01', doneAt: '2025-01-20' },
      { kind: 'sustainable_financing', plannedAt: future },
      {
        kind: 'member_database',
        plannedAt: '2025-04-01',
        doneAt: '2025-05-01',
        coveragePercent: 50,
        coverageTargetPercent: 80,
      },
    ]);

    for (const [i, p] of ['1404-Q1', '1404-Q2', '1404-Q3', '1404-Q4'].entries()) {
      await score(ids.A1, p, [50, 55, 60, 70][i], ['C', 'C', 'C', 'B'][i]);
      await score(ids.A2, p, [80, 75, 70, 60][i], ['B', 'B', 'B', 'C'][i]);
    }
    for (const [i, p] of ['1403-Q3', '1403-Q4', '1404-Q1', '1404-Q2', '1404-Q3', '1404-Q4'].entries())
      await score(ids.A4, p, 40 + 2 * i, i === 1 ? 'D' : 'C', [1, 1, 2, 2, 3, 4][i]);

    const inQ2 = new Date(bounds('1404-Q2').start.getTime() + 10 * DAY);
    await grant(ids.A1, {
      kind: 'training',
      phase: 'support_monitoring',
      status: 'delivered',
      fy: 1404,
      hours: 30,
      deliveredAt: inQ2,
    });
    await grant(ids.A4, {
      kind: 'training',
      phase: 'support_monitoring',
      status: 'delivered',
      fy: 1404,
      hours: 20,
      deliveredAt: inQ2,
    });
    await grant(ids.A2, {
      kind: 'training',
      phase: 'support_monitoring',
      status: 'delivered',
      fy: 1404,
      hours: 10,
      deliveredAt: new Date(bounds('1404-Q4').start.getTime() + 10 * DAY),
    });
    await grant(ids.A5, {
      kind: 'financial',
      phase: 'diagnosis',
      status: 'approved',
      fy: 1404,
      rials: '1500000000',
      flagged: true,
    });
    await grant(ids.A5, {
      kind: 'financial',
      phase: 'diagnosis',
      status: 'rejected',
      fy: 1403,
      rials: '500',
    });

    // Six quarters due for A4: it started reporting at the start of the oldest.
    let p = parsePeriod(lastDuePeriod('quarterly', new Date(), 15).period);
    for (let i = 0; i < 6; i++, p = previousPeriod(p)) duePeriods.unshift(formatPeriod(p));
    await ds.query(`UPDATE associations SET phase_entered_at = $2 WHERE id = $1`, [
      ids.A4,
      bounds(duePeriods[0]).start,
    ]);
    const due = (period: string) => new Date(bounds(period).end.getTime() + 15 * DAY);
    await report(ids.A4, duePeriods[0], 'submitted', new Date(due(duePeriods[0]).getTime() - DAY));
    await report(ids.A4, duePeriods[1], 'accepted', new Date(due(duePeriods[1]).getTime() + 3 * DAY));
    await report(ids.A4, duePeriods[2], 'returned', new Date(due(duePeriods[2]).getTime() - DAY));
    await report(ids.A4, duePeriods[3], 'draft', null);
    await report(ids.A4, duePeriods[5], 'accepted', new Date(bounds(duePeriods[5]).end.getTime() + DAY));

    await api.app.get(RoadmapReadModel).refresh();
  });
  afterAll(async () => {
    await api?.close();
    await ds?.destroy();
    await db?.drop();
  });

  it('counts every phase in order, leaving dissolved associations out, and says how fresh the figures are', async () => {
    const o = await overview();
    expect(o.phases.map((x: { phase: string; count: number }) => [x.phase, x.count])).toEqual([
      ['concept_review', 0],
      ['diagnosis', 1],
      ['potential_assessment', 0],
      ['formation', 0],
      ['support_monitoring', 1],
      ['development', 3],
    ]);
    expect(o.phases[1]).toMatchObject({ nameFa: 'عارضه یابی و بهینه کاوی', medianDays: expect.any(Number) });
    expect(new Date(o.asOf).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(o.ageSeconds).toBeGreaterThanOrEqual(0);
    expect(o.asOfJalali).toMatch(/^14\d\d\/\d\d\/\d\d \d\d:\d\d$/);
  });

  it('lists the associations stuck past the threshold as stalled, longest first, never a dissolved one', async () => {
    const o = await overview();
    // A4 has been in support & monitoring since six quarters ago, A5 in diagnosis for 400 days; A6 is dissolved.
    expect(o.stalled.count).toBe(2);
    expect(o.stalled.items.map((s: { id: string }) => s.id)).toEqual([ids.A4, ids.A5]);
    expect(o.stalled.items[1]).toMatchObject({
      phase: 'diagnosis',
      daysInPhase: 400,
      phaseEnteredAtJalali: expect.stringMatching(/^14\d\d\/\d\d\/\d\d$/),
    });
  });

  it('counts the associations at each development stage and lists overdue milestones', async () => {
    const o = await overview();
    expect(o.stages.associations).toBe(3);
    expect(o.stages.byStage.map((s: { key: string; count: number }) => [s.key, s.count])).toEqual([
      ['starting', 2],
      ['services_and_financing', 0],
      ['member_base', 1],
      ['policy_voice', 0],
      ['knowledge_organisation', 0],
      ['expansion', 0],
    ]);
    expect(o.stages.overdueCount).toBe(2);
    expect(
      o.stages.overdue.map((m: { associationId: string; kind: string }) => [m.associationId, m.kind]),
    ).toEqual([
      [ids.A2, 'member_database'],
      [ids.A1, 'policy_making'],
    ]);
    expect(o.stages.overdue[1]).toMatchObject({ kindNameFa: 'ورود به عرصه سیاست گذاری', daysOverdue: 30 });
  });

  it('relates each support kind and phase to the change of the composite and of its indicator, with n and spread', async () => {
    const o = await overview();
    expect(o.outcomes.noteEn).toMatch(/not causation/);
    const training = o.outcomes.items.find((x: { kindCode: string }) => x.kindCode === 'training');
    expect(training).toMatchObject({
      phase: 'support_monitoring',
      grants: 3,
      grantedHours: 60,
      delivered: 3,
      composite: { cases: 2, meanChange: 9.25, stdDev: 4.6 },
      indicator: { code: 'training_hours_per_member', cases: 1, meanChange: 2, stdDev: null },
      excluded: 1,
      excludedAssociations: 1,
    });
    const financial = o.outcomes.items.find((x: { kindCode: string }) => x.kindCode === 'financial');
    expect(financial).toMatchObject({
      phase: 'diagnosis',
      grants: 1,
      grantedRials: '1500000000',
      delivered: 0,
    });
    expect(financial.composite).toEqual({ cases: 0, meanChange: null, stdDev: null });
    const cell = o.supports.byPhaseAndKind.find((c: { kindCode: string }) => c.kindCode === 'financial');
    expect(cell).toMatchObject({
      requests: 2,
      granted: 1,
      grantedRials: '1500000000',
      flaggedPrecautions: 1,
    });
  });

  it('reports completeness per period and for the portfolio: on time, late, missing, returned', async () => {
    const o = await overview();
    expect(o.completeness.portfolio).toEqual({
      due: 6,
      onTime: 2,
      late: 1,
      missing: 2,
      returned: 1,
      rate: 50,
      onTimeRate: 33.3,
    });
    const states = Object.fromEntries(
      o.completeness.byPeriod.map(
        (p: { period: string; onTime: number; late: number; missing: number; returned: number }) => [
          p.period,
          p.onTime ? 'on_time' : p.late ? 'late' : p.missing ? 'missing' : 'returned',
        ],
      ),
    );
    expect(states).toEqual({
      [duePeriods[0]]: 'on_time',
      [duePeriods[1]]: 'late',
      [duePeriods[2]]: 'returned',
      [duePeriods[3]]: 'missing',
      [duePeriods[4]]: 'missing',
      [duePeriods[5]]: 'on_time',
    });
    expect(o.completeness.byAssociation).toEqual([
      expect.objectContaining({ associationId: ids.A4, due: 6, rate: 50 }),
    ]);
  });

  it('names the biggest risers and fallers over four periods, and the top and bottom of each category', async () => {
    const o = await overview();
    expect(
      o.movers.rising.map((m: { associationId: string; change: number }) => [m.associationId, m.change]),
    ).toEqual([
      [ids.A1, 20],
      [ids.A4, 6],
    ]);
    expect(
      o.movers.falling.map((m: { associationId: string; change: number }) => [m.associationId, m.change]),
    ).toEqual([[ids.A2, -20]]);
    expect(o.movers.rising[0]).toMatchObject({
      fromPeriod: '1404-Q1',
      latestPeriod: '1404-Q4',
      latestComposite: 70,
    });
    const cats = Object.fromEntries(
      o.movers.byCategory.map(
        (c: { categoryId: number; top: { associationId: string }; bottom: { associationId: string } }) => [
          c.categoryId,
          [c.top.associationId, c.bottom.associationId],
        ],
      ),
    );
    expect(cats).toEqual({ [cat1]: [ids.A1, ids.A4], [cat2]: [ids.A2, ids.A2] });
    expect(o.scores.grades).toEqual({ A: 0, B: 1, C: 2, D: 0 });
  });

  it('narrows every figure by category, city, legal form, scope, phase and fiscal year', async () => {
    const c2 = await overview(`?categoryId=${cat2}`);
    expect(
      c2.phases.filter((p: { count: number }) => p.count).map((p: { phase: string }) => p.phase),
    ).toEqual(['diagnosis', 'development']);
    expect(c2.stages.overdueCount).toBe(1);
    expect(c2.outcomes.items.find((x: { kindCode: string }) => x.kindCode === 'training')).toMatchObject({
      delivered: 1,
      composite: { cases: 0 },
      excluded: 1,
    });
    expect(c2.completeness.portfolio.due).toBe(0);
    expect(c2.movers.rising).toEqual([]);
    const city = await overview(`?city=${encodeURIComponent('رفسنجان')}`);
    expect(city.stages.associations).toBe(1);
    expect(
      (await overview('?legalForm=union')).movers.falling.map(
        (m: { associationId: string }) => m.associationId,
      ),
    ).toEqual([ids.A2]);
    expect((await overview('?scope=national')).phases[5].count).toBe(1);
    const dev = await overview('?phase=development');
    expect(dev.stalled.count).toBe(0);
    expect((await overview('?phase=diagnosis')).stalled.items.map((s: { id: string }) => s.id)).toEqual([
      ids.A5,
    ]);
    expect(dev.completeness.portfolio.due).toBe(0);
    const y1403 = await overview('?fiscalYear=1403');
    expect(y1403.scores).toMatchObject({ scored: 1, grades: { D: 1 } });
    expect(y1403.movers.rising).toEqual([]);
    expect(y1403.supports.byPhaseAndKind).toEqual([
      expect.objectContaining({ kindCode: 'financial', requests: 1, granted: 0 }),
    ]);
  });

  it("draws one association's road: milestones on the time line with phases, grants and the KPI trend per axis", async () => {
    const res = await api.get(`/roadmap/associations/${ids.A1}`, president);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.stage).toMatchObject({ stage: 2, key: 'member_base' });
    expect(
      r.milestones.map((m: { kind: string; reached: boolean; overdue: boolean }) => [
        m.kind,
        m.reached,
        m.overdue,
      ]),
    ).toEqual([
      ['services_launched', true, false],
      ['sustainable_financing', true, false],
      ['member_database', true, false],
      ['policy_making', false, true],
    ]);
    expect(r.milestones[0]).toMatchObject({
      plannedAtJalali: '1403/10/12',
      doneAtJalali: '1403/11/13',
      evidence: 'خدمت مشاوره صادرات',
    });
    expect(r.trend.map((s: { period: string; composite: number }) => [s.period, s.composite])).toEqual([
      ['1404-Q1', 50],
      ['1404-Q2', 55],
      ['1404-Q3', 60],
      ['1404-Q4', 70],
    ]);
    expect(r.trend[3].axes).toEqual({ chamber: 69, association: 70, members: 71 });
    expect(r.grants).toEqual([
      expect.objectContaining({ kindCode: 'training', status: 'delivered', hours: 30 }),
    ]);
    const types = r.timeline.map((e: { type: string }) => e.type);
    expect(types.filter((t: string) => t === 'milestone_done')).toHaveLength(3);
    expect(types).toContain('grant');
    const times = r.timeline.map((e: { at: string }) => new Date(e.at).getTime());
    expect(times).toEqual([...times].sort((a: number, b: number) => a - b));

    const a2 = (await api.get(`/roadmap/associations/${ids.A2}`, president)).body;
    expect(a2.stage.key).toBe('starting');
    expect(a2.milestones.find((m: { kind: string }) => m.kind === 'member_database')).toMatchObject({
      reached: false,
      overdue: true,
    });
    const a4 = (await api.get(`/roadmap/associations/${ids.A4}`, president)).body;
    expect(a4.stage).toBeNull();
    expect(a4.completeness.totals).toMatchObject({ due: 6, onTime: 2, late: 1, missing: 2, returned: 1 });
  });

  it("lets a board read only its own association's road, and keeps the overview and its export from it", async () => {
    const board = (await api.userWithRole('board', ids.A4)).token;
    expect((await api.get(`/roadmap/associations/${ids.A4}`, board)).status).toBe(200);
    expect((await api.get(`/roadmap/associations/${ids.A1}`, board)).status).toBe(404);
    expect((await api.get(`/roadmap/associations/${ids.A1}/export`, board)).status).toBe(404);
    expect((await api.get('/roadmap/overview', board)).status).toBe(403);
    expect((await api.get('/roadmap/overview/export', board)).status).toBe(403);
    expect(
      (await api.get(`/roadmap/associations/00000000-0000-4000-8000-000000000000`, president)).status,
    ).toBe(404);
  });

  it('names the offending filter in a 400', async () => {
    for (const [query, field] of [
      ['fiscalYear=abc', 'fiscalYear'],
      ['categoryId=x', 'categoryId'],
      ['scope=galactic', 'scope'],
      ['phase=nowhere', 'phase'],
      ['format=pdf', 'format'],
    ]) {
      const res = await api.get(
        `/roadmap/overview${field === 'format' ? '/export' : ''}?${query}`,
        president,
      );
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(new RegExp(`^${field}`));
    }
    expect((await api.get('/roadmap/associations/not-a-uuid', president)).body.message).toMatch(/^id/);
  });

  it('exports the overview as XLSX with Persian headers and Jalali dates, readable back', async () => {
    const res = await fetch(`${api.baseUrl}/roadmap/overview/export?format=xlsx`, {
      headers: { authorization: `Bearer ${president}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('تشکل ها');
    expect(sheet).toBeDefined();
    const header = (sheet!.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual([
      'نام تشکل',
      'رسته',
      'شکل حقوقی',
      'گستره',
      'شهر',
      'وضعیت',
      'فاز',
      'تاریخ ورود به فاز',
    ]);
    expect(sheet!.rowCount).toBe(1 + 6);
    const dates = sheet!.getColumn(8).values.slice(2) as string[];
    for (const d of dates) expect(d).toMatch(/^14\d\d\/\d\d\/\d\d$/);
    expect(book.getWorksheet('کامل بودن گزارش ها')!.getRow(1).getCell(1).value).toBe('دوره');
  });

  it('exports CSV with formulas a board typed neutralised, and one association as a spreadsheet', async () => {
    await ds.query(`UPDATE associations SET name_fa = '=HYPERLINK("http://x")' WHERE id = $1`, [ids.A5]);
    await api.app.get(RoadmapReadModel).refresh();
    const csv = await api.get('/roadmap/overview/export?format=csv', president);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv.body).toContain('نام تشکل');

    const res = await fetch(`${api.baseUrl}/roadmap/associations/${ids.A1}/export`, {
      headers: { authorization: `Bearer ${president}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const ms = book.getWorksheet('نقاط عطف')!;
    expect(ms.getRow(1).getCell(1).value).toBe('نقطه عطف');
    expect(ms.getRow(2).getCell(2).value).toBe('1403/10/12');
    const assocCsv = await api.get(`/roadmap/associations/${ids.A4}/export?format=csv`, president);
    expect(assocCsv.body).toContain('برگشت داده شده');
  });

  /** The read model's last rebuild, read from its table (a read through the API could itself ask for one). */
  const rebuiltAt = async () =>
    ((await ds.query(`SELECT as_of FROM roadmap_refreshes WHERE id = 1`)) as { as_of: Date }[])[0].as_of;
  /** The first rebuild after `since`, within 20 s. */
  const rebuiltAfter = (since: Date) =>
    eventually(
      async () => {
        const at = await rebuiltAt();
        return at > since ? at : undefined;
      },
      20_000,
      200,
    );
  /** A worker of `env`, once its own start-up rebuild is done: a later rebuild is somebody's request, not it. */
  const startWorkerAfterItsRebuild = async (env: Record<string, string>) => {
    await ds.query(`UPDATE roadmap_refreshes SET as_of = now() - interval '30 seconds'`);
    const before = await rebuiltAt();
    const worker = await startWorker(env);
    try {
      return { worker, rebuilt: await rebuiltAfter(before) };
    } catch (err) {
      await worker.close();
      throw err;
    }
  };

  it('is rebuilt by the worker once a reader finds it stale, and asOf tells how old it was', async () => {
    // An API and a worker of their own queue prefix, so no other test file's worker takes the job.
    const env = { DATABASE_URL: db.url, QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}rm` };
    const api2 = await startApi(env);
    let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
    try {
      worker = (await startWorkerAfterItsRebuild(env)).worker;
      await ds.query(`UPDATE roadmap_refreshes SET as_of = now() - interval '10 minutes'`);
      const token = (await api2.userWithRole('president')).token;
      const extra = await newAssociation({ phase: 'formation', category: cat1 });
      const stale = (await api2.get('/roadmap/overview', token)).body;
      expect(stale.ageSeconds).toBeGreaterThanOrEqual(600);
      expect(stale.phases[3].count).toBe(0);
      // Until `roadmap:refresh` was refused by BullMQ (an id with one colon), this never came.
      const fresh = await eventually(
        async () => {
          const body = (await api2.get('/roadmap/overview', token)).body;
          return body.ageSeconds < 60 ? body : undefined;
        },
        30_000,
        500,
      );
      expect(fresh.phases[3].count).toBe(1);
      await ds.query(`DELETE FROM associations WHERE id = $1`, [extra]);
    } finally {
      await worker?.close();
      await api2.close();
    }
  });

  // Last in the file: the recompute rescores the fixture from its reports.
  it('follows new scores within seconds: once a recompute has settled, the worker rebuilds it', async () => {
    const env = { DATABASE_URL: db.url, QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}rs` };
    const api2 = await startApi(env);
    let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
    try {
      const started = await startWorkerAfterItsRebuild(env);
      worker = started.worker;
      const recompute = await api2.post('/kpi/recompute', undefined, await api2.adminToken());
      expect(recompute.status).toBe(202);
      // Neither the 5-minute schedule nor the 60-second staleness rule is due: only the settled scores ask.
      await rebuiltAfter(started.rebuilt);
      const token = (await api2.userWithRole('president')).token;
      expect((await api2.get('/roadmap/overview', token)).body.ageSeconds).toBeLessThan(20);
    } finally {
      await worker?.close();
      await api2.close();
    }
  });
});
