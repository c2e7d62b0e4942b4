import { INestApplicationContext } from '@nestjs/common';
import { QueueName } from '@tashakkol/shared';
import { Queue } from 'bullmq';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';
import { acceptedReport, seedTestIndicators, setTarget } from '../support/kpi-scoring';
import { eventually, startWorker } from '../support/worker';

jest.setTimeout(60000);

describe('KPI scores computed by the worker', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: string;
  let staff: string;
  let codes: Awaited<ReturnType<typeof seedTestIndicators>>;
  let a: { id: string };
  let other: { id: string };
  let boardA: string;
  let boardOther: string;

  const scoresOf = async (id: string, period: string, token: string) => {
    const r = await api.get(`/associations/${id}/scores?period=${period}`, token);
    return r.status === 200 ? r.body : undefined;
  };

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    admin = await api.adminToken();
    staff = (await api.userWithRole('staff')).token;
    codes = await seedTestIndicators();
    a = await createAssociation(api, { phase: 'support_monitoring' });
    other = await createAssociation(api, { phase: 'support_monitoring' });
    boardA = (await api.userWithRole('board', a.id)).token;
    boardOther = (await api.userWithRole('board', other.id)).token;
    await setTarget(a.id, codes.members, 100, 200);
    await setTarget(a.id, codes.services, 1, 4);
    await setTarget(a.id, codes.share, 60, 30);
    await setTarget(other.id, codes.members, 100, 100);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await closeTestDb();
  });

  it('scores an accepted report: composite, grade, axes, criteria and each indicator', async () => {
    await acceptedReport(a.id, '1404-Q2', {
      [codes.members]: 200,
      [codes.services]: 4,
      [codes.revenue]: 1000,
      [codes.funding]: 300,
    });
    const s = await eventually(() => scoresOf(a.id, '1404-Q2', staff));
    expect(s).toMatchObject({ period: '1404-Q2', composite: 100, grade: 'A', trend: { direction: 'new' } });
    expect(s.axes).toEqual({ chamber: 100, association: 100, members: 100 });
    expect(s.criteria).toMatchObject({ membership: 100, services: 100, governance: 100 });
    const share = s.indicators.find((i: any) => i.code === codes.share);
    expect(share).toMatchObject({ derived: true, value: 30, target: 30, achievement: 100 });
    expect(s.computedAtJalali).toMatch(/^1[34]\d\d\/\d\d\/\d\d$/);
  });

  it('saves a formula with max() in the catalog and scores it with the same grammar (one parser for both)', async () => {
    const code = `${codes.members}_growth`;
    const saved = await api.post(
      '/indicators',
      {
        code,
        nameFa: 'رشد اعضا',
        nameEn: 'Member growth',
        axis: 'members',
        criterion: 'membership',
        unit: 'count',
        direction: 'higher',
        frequency: 'quarterly',
        defaultWeight: 0,
        kind: 'derived',
        formula: `max(${codes.members} - 100, 0)`,
      },
      admin,
    );
    expect(saved.status).toBe(201);
    const assoc = await createAssociation(api, { phase: 'support_monitoring' });
    await setTarget(assoc.id, codes.members, 100, 200);
    await setTarget(assoc.id, code, 0, 50);
    await acceptedReport(assoc.id, '1404-Q1', { [codes.members]: 80 });
    const s = await eventually(() => scoresOf(assoc.id, '1404-Q1', staff));
    // A shrinking membership is no growth: max(80 - 100, 0) = 0, evaluated as the catalog accepted it.
    expect(s.indicators.find((i: any) => i.code === code)).toMatchObject({ derived: true, value: 0 });
  });

  it('shows the trend, raises one declining alert and notifies the board when the composite falls two periods running', async () => {
    await acceptedReport(a.id, '1404-Q3', {
      [codes.members]: 160,
      [codes.services]: 3,
      [codes.revenue]: 1000,
      [codes.funding]: 400,
    });
    await acceptedReport(a.id, '1404-Q4', {
      [codes.members]: 120,
      [codes.services]: 2,
      [codes.revenue]: 1000,
      [codes.funding]: 500,
    });
    const q4 = await eventually(async () => {
      const s = await scoresOf(a.id, '1404-Q4', boardA);
      return s && s.trend.previousPeriod === '1404-Q3' ? s : undefined;
    });
    expect(q4.trend.direction).toBe('down');
    expect(q4.trend.series.map((p: any) => p.period)).toEqual(['1404-Q2', '1404-Q3', '1404-Q4']);
    expect(q4.composite).toBeLessThan(100);

    const alerts = await eventually(async () => {
      const r = await api.get(`/associations/${a.id}/alerts`, staff);
      return r.body.items?.some((x: any) => x.kind === 'score_declining') ? r.body : undefined;
    });
    expect(alerts.items.filter((x: any) => x.kind === 'score_declining')).toHaveLength(1);
    const notes = await api.get('/notifications', boardA);
    expect(notes.status).toBe(200);
    // Not necessarily the newest: the nightly check may have added a reminder meanwhile.
    expect(notes.body.items.filter((n: any) => n.kind === 'score_declining')).toEqual([
      expect.objectContaining({ associationId: a.id }),
    ]);
  });

  it('gives the latest period when none is asked, and places the association against the others of that period', async () => {
    await acceptedReport(other.id, '1404-Q4', { [codes.members]: 100 });
    await eventually(() => scoresOf(other.id, '1404-Q4', staff));
    const latest = await api.get(`/associations/${a.id}/scores`, staff);
    expect(latest.status).toBe(200);
    expect(latest.body.period).toBe('1404-Q4');
    expect(latest.body.position).toMatchObject({ best: 100, rank: 2 });
    expect(latest.body.position.peers).toBeGreaterThanOrEqual(2);
  });

  it('a duplicate or rerun job changes nothing: same rows, no second alert', async () => {
    const db = await testDb();
    const before = await db.query(
      `SELECT period, composite, grade FROM kpi_scores WHERE association_id = $1 ORDER BY period`,
      [a.id],
    );
    await acceptedReport(a.id, '1404-Q4', {
      [codes.members]: 120,
      [codes.services]: 2,
      [codes.revenue]: 1000,
      [codes.funding]: 500,
    });
    const queue = new Queue(QueueName.Kpi, {
      connection: { url: process.env.REDIS_URL },
      prefix: process.env.QUEUE_PREFIX,
    });
    try {
      await queue.add(
        'kpi.score-report',
        { associationId: a.id, reason: 'recompute' },
        { jobId: `kpi:${a.id}:rerun-1` },
      );
      await eventually(async () =>
        (await queue.getJobState(`kpi:${a.id}:rerun-1`)) === 'completed' ? true : undefined,
      );
    } finally {
      await queue.close();
    }
    await eventually(async () => {
      const [o] = await db.query(
        `SELECT count(*)::int AS n FROM kpi_outbox WHERE association_id = $1 AND dispatched_at IS NULL`,
        [a.id],
      );
      return o.n === 0 ? true : undefined;
    });
    const after = await db.query(
      `SELECT period, composite, grade FROM kpi_scores WHERE association_id = $1 ORDER BY period`,
      [a.id],
    );
    expect(after).toEqual(before);
    const [alerts] = await db.query(
      `SELECT count(*)::int AS n FROM kpi_alerts WHERE association_id = $1 AND kind = 'score_declining'`,
      [a.id],
    );
    expect(alerts.n).toBe(1);
  });

  it('is 404 before the worker has scored a period, and to another association’s board', async () => {
    expect((await api.get(`/associations/${a.id}/scores?period=1403-Q1`, staff)).status).toBe(404);
    expect((await api.get(`/associations/${a.id}/scores?period=1404-Q2`, boardOther)).status).toBe(404);
    expect((await api.get(`/associations/${a.id}/alerts`, boardOther)).status).toBe(404);
  });

  it('refuses a malformed period or id with a 400 naming the field', async () => {
    const bad = await api.get(`/associations/${a.id}/scores?period=1404-13`, staff);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/period/);
    expect((await api.get(`/associations/not-a-uuid/scores`, staff)).status).toBe(400);
  });

  it('nightly checks raise a missing report (with a reminder to the board) and a stalled phase, once each', async () => {
    const db = await testDb();
    const silent = await createAssociation(api, { phase: 'support_monitoring' });
    const silentBoard = (await api.userWithRole('board', silent.id)).token;
    const stuck = await createAssociation(api, { phase: 'formation' });
    await db.query(`UPDATE associations SET phase_entered_at = now() - interval '400 days' WHERE id = $1`, [
      stuck.id,
    ]);
    const queue = new Queue(QueueName.Kpi, {
      connection: { url: process.env.REDIS_URL },
      prefix: process.env.QUEUE_PREFIX,
    });
    try {
      for (const n of [1, 2]) {
        const jobId = `kpi:nightly:test-${n}`;
        await queue.add('kpi.nightly-checks', {}, { jobId });
        await eventually(async () => ((await queue.getJobState(jobId)) === 'completed' ? true : undefined));
      }
    } finally {
      await queue.close();
    }
    const missing = await api.get(`/associations/${silent.id}/alerts`, silentBoard);
    expect(missing.status).toBe(200);
    const quarterly = missing.body.items.filter(
      (x: any) => x.kind === 'report_missing' && /^\d{4}-Q[1-4]$/.test(x.period),
    );
    expect(quarterly).toHaveLength(1);
    expect(quarterly[0].details.dueAtJalali).toMatch(/^14\d\d\/\d\d\/\d\d$/);
    const reminders = await api.get('/notifications', silentBoard);
    expect(
      reminders.body.items.filter((n: any) => n.kind === 'report_missing' && n.titleFa.includes('یادآوری'))
        .length,
    ).toBeGreaterThanOrEqual(1);

    const stalled = await api.get(`/associations/${stuck.id}/alerts`, staff);
    expect(stalled.body.items.filter((x: any) => x.kind === 'phase_stalled')).toHaveLength(1);
    expect(stalled.body.items[0].details.days).toBeGreaterThanOrEqual(400);
  });

  describe('grade thresholds (admin)', () => {
    it('lets the admin change them with the version, 409 when stale, 400 when they do not fall from A to C, 403 to staff', async () => {
      const cur = await api.get('/kpi/settings', staff);
      expect(cur.status).toBe(200);
      expect(cur.body).toMatchObject({ gradeA: 85, gradeB: 70, gradeC: 50 });
      expect((await api.put('/kpi/settings', { gradeA: 90, version: cur.body.version }, staff)).status).toBe(
        403,
      );
      const bad = await api.put(
        '/kpi/settings',
        { gradeA: 60, gradeB: 70, version: cur.body.version },
        admin,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^gradeA/);
      const ok = await api.put(
        '/kpi/settings',
        { gradeA: 101 - 1, gradeB: 95, gradeC: 90, version: cur.body.version },
        admin,
      );
      expect(ok.status).toBe(200);
      expect(ok.body.version).toBe(cur.body.version + 1);
      expect((await api.put('/kpi/settings', { gradeA: 90, version: cur.body.version }, admin)).status).toBe(
        409,
      );
    });

    it('regrades everyone after an admin recompute', async () => {
      expect((await api.post('/kpi/recompute', undefined, staff)).status).toBe(403);
      const r = await api.post('/kpi/recompute', undefined, admin);
      expect(r.status).toBe(202);
      expect(r.body.jobId).toMatch(/^kpi:recompute-all:/);
      // 1404-Q2 scored 100: still an A at 100; 1404-Q4 now falls below C (90).
      const q4 = await eventually(async () => {
        const s = await scoresOf(a.id, '1404-Q4', staff);
        return s && s.grade === 'D' ? s : undefined;
      });
      expect(q4.grade).toBe('D');
      const cur = await api.get('/kpi/settings', admin);
      await api.put(
        '/kpi/settings',
        { gradeA: 85, gradeB: 70, gradeC: 50, version: cur.body.version },
        admin,
      );
    });
  });

  describe('GET /jobs and retry (admin)', () => {
    it('lists a failed job with its reason, retries it, and refuses other roles', async () => {
      const queue = new Queue(QueueName.Kpi, {
        connection: { url: process.env.REDIS_URL },
        prefix: process.env.QUEUE_PREFIX,
      });
      const jobId = `kpi:broken:${Date.now()}`;
      try {
        await queue.add(
          'kpi.score-report',
          { associationId: 'not-a-uuid', reason: 'recompute' },
          { jobId, attempts: 1 },
        );
        await eventually(async () => ((await queue.getJobState(jobId)) === 'failed' ? true : undefined));
      } finally {
        await queue.close();
      }
      expect((await api.get('/jobs', staff)).status).toBe(403);
      const list = await api.get('/jobs?state=failed&queue=kpi', admin);
      expect(list.status).toBe(200);
      const failed = list.body.items.find((j: any) => j.id === jobId);
      expect(failed).toMatchObject({ queue: 'kpi', name: 'kpi.score-report', state: 'failed' });
      expect(failed.failedReason).toMatch(/uuid/);
      expect(list.body.counts.kpi.failed).toBeGreaterThanOrEqual(1);

      const retried = await api.post(`/jobs/kpi/${encodeURIComponent(jobId)}/retry`, undefined, admin);
      expect(retried.status).toBe(200);
      expect(retried.body.id).toBe(jobId);
      expect((await api.post(`/jobs/nope/${encodeURIComponent(jobId)}/retry`, undefined, admin)).status).toBe(
        404,
      );
      expect((await api.post(`/jobs/kpi/no-such-job/retry`, undefined, admin)).status).toBe(404);
    });

    it('refuses to retry a job that has not failed (409)', async () => {
      // A job of this file's own that has completed (another file's may be pruned before the retry).
      const queue = new Queue(QueueName.Kpi, {
        connection: { url: process.env.REDIS_URL },
        prefix: process.env.QUEUE_PREFIX,
      });
      const jobId = `kpi:${a.id}:retry-check-${Date.now()}`;
      try {
        await queue.add(
          'kpi.score-report',
          { associationId: a.id, reason: 'recompute' },
          { jobId, attempts: 1 },
        );
        await eventually(async () => ((await queue.getJobState(jobId)) === 'completed' ? true : undefined));
      } finally {
        await queue.close();
      }
      const list = await api.get('/jobs?state=completed&queue=kpi&pageSize=100', admin);
      const done = list.body.items.find((j: any) => j.id === jobId);
      expect(done).toBeDefined();
      const r = await api.post(`/jobs/kpi/${encodeURIComponent(done.id)}/retry`, undefined, admin);
      expect(r.status).toBe(409);
    });
  });
});
