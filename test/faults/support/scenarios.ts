import { eventually } from '../../support/worker';
import { counts, Counts, recomputeJobIds, scoreSnapshot } from './kpi-data';
import { note, sleep } from './processes';
import { System } from './system';

export interface KillFigures {
  kills: number;
  runs: number;
  jobs: number;
  activeAtKills: number;
  ms: number;
}

/**
 * Requests a recompute of everyone, SIGKILLs worker 0 while the run's jobs are being processed,
 * starts it again, `kills` times; then waits for the queue to drain and checks that every
 * requested job completed and that nothing was counted twice: the same scores as the clean
 * scoring before the faults, no second alert, no second notification.
 */
export async function killWorkerMidJob(system: System, kills: number): Promise<KillFigures> {
  const started = Date.now();
  const clean = await scoreSnapshot(system.db);
  const before: Counts = await counts(system.db);
  expect(before.alerts).toBeGreaterThan(0);
  expect(before.notifications).toBeGreaterThan(0);
  const admin = await system.api.adminToken();
  const kpi = system.queue('kpi');
  const runs: string[] = [];
  let activeAtKills = 0;
  for (let k = 0; k < kills; k++) {
    const since = new Date();
    const res = await system.api.post('/kpi/recompute', {}, admin);
    expect(res.status).toBe(202);
    const runId = String(res.body.jobId).split(':').pop() as string;
    runs.push(runId);
    // Mid-job: the first scoring of this run has committed, and the rest are in flight or waiting.
    await eventually(
      async () => {
        const { rows } = await system.db.query(`SELECT 1 FROM kpi_scores WHERE computed_at > $1 LIMIT 1`, [
          since,
        ]);
        return rows.length > 0 ? true : undefined;
      },
      60_000,
      10,
    );
    activeAtKills += await kpi.getActiveCount();
    await system.workers[0].stop('SIGKILL');
    note(
      `kill ${k + 1}: run ${runId}, ${activeAtKills} job(s) active at the kills so far (a stalled job counts again until its lock expires)`,
    );
    await system.restartWorker(0);
  }
  note('drain');
  await system.drained('kpi');
  note('drained');
  // Every job of every run completed: none lost, none failed.
  let jobs = 0;
  for (const runId of runs) {
    const fanOut = await kpi.getJob(`kpi:recompute-all:${runId}`);
    expect({ runId, state: await fanOut?.getState() }).toEqual({ runId, state: 'completed' });
    for (const id of recomputeJobIds(system.associationIds, runId)) {
      const job = await kpi.getJob(id);
      const state = await job?.getState();
      const reason = state === 'failed' ? job?.failedReason : undefined;
      expect({ id, runId, state, reason }).toEqual({ id, runId, state: 'completed' });
      jobs++;
    }
  }
  expect(await kpi.getFailedCount()).toBe(0);
  const after = await counts(system.db);
  expect(after).toEqual(before);
  expect(after.duplicateScores).toBe(0);
  expect(after.duplicateNotifications).toBe(0);
  expect(await scoreSnapshot(system.db)).toEqual(clean);
  return { kills, runs: runs.length, jobs, activeAtKills, ms: Date.now() - started };
}

export interface RedisDownFigures {
  seconds: number;
  reads: number;
  readFailures: number;
  writes: number;
  queue503: number;
}

/**
 * Pauses the test's redis-server (SIGSTOP: every connection hangs, the worst case) for `seconds`
 * while a client keeps reading and writing: reads and logins keep answering, writes are kept,
 * queue operations answer 503 with Retry-After; then Redis is killed and started again empty and
 * the workers put their schedules back and score what was written meanwhile, by themselves.
 */
export async function redisDownUnderTraffic(system: System, seconds: number): Promise<RedisDownFigures> {
  const admin = await system.api.adminToken();
  const schedulers = async () => {
    const ids: string[] = [];
    for (const name of ['kpi', 'audit'])
      ids.push(...(await system.queue(name).getJobSchedulers()).map((s) => s.key));
    return ids.sort();
  };
  const expectedSchedules = ['audit-verify-nightly', 'kpi-nightly-checks'];
  expect(await schedulers()).toEqual(expectedSchedules);
  const [assoc] = system.associationIds;
  const figures: RedisDownFigures = { seconds, reads: 0, readFailures: 0, writes: 0, queue503: 0 };
  const written: string[] = [];

  system.redis.pause();
  const until = Date.now() + seconds * 1000;
  let turn = 0;
  while (Date.now() < until) {
    const api = system.apis[turn++ % system.apis.length].api;
    const read = await api.get(`/associations/${assoc}`, admin);
    figures.reads++;
    if (read.status !== 200) figures.readFailures++;
    const scores = await api.get(`/associations/${assoc}/scores`, admin);
    figures.reads++;
    if (scores.status !== 200) figures.readFailures++;
    // A write: a new association (its audit entry goes with it, in the same transaction).
    const created = await api.post(
      '/associations',
      {
        nameFa: `انجمن هنگام قطعی ${turn} ${Math.random().toString(36).slice(2, 6)}`,
        legalForm: 'association',
        scope: 'provincial',
        membershipType: 'firms',
        categoryId: (await system.db.query(`SELECT id FROM sector_categories LIMIT 1`)).rows[0].id,
        city: 'کرمان',
      },
      admin,
    );
    expect(created.status).toBe(201);
    written.push(created.body.id);
    figures.writes++;
    if (turn % 3 === 1) {
      const queued = await api.post('/kpi/recompute', {}, admin);
      expect(queued.status).toBe(503);
      expect(Number(queued.headers.get('retry-after'))).toBeGreaterThan(0);
      figures.queue503++;
    }
    await sleep(200);
  }
  // An acceptance while Redis is down waits in the outbox.
  const pendingAssoc = system.associationIds[1];
  await system.db.query(
    `INSERT INTO kpi_outbox (association_id, period, revision, reason) VALUES ($1, '1404-Q4', 0, 'grant_delivered')`,
    [pendingAssoc],
  );
  // Redis comes back empty (no persistence in the test): the worst case for the schedules.
  await system.redis.stop();
  await system.redis.start();

  expect(figures.readFailures).toBe(0);
  const { rows } = await system.db.query(`SELECT count(*)::int AS n FROM associations WHERE id = ANY($1)`, [
    written,
  ]);
  expect(rows[0].n).toBe(written.length);
  await eventually(async () => ((await schedulers()).length === 2 ? true : undefined), 90_000, 500);
  expect(await schedulers()).toEqual(expectedSchedules);
  await eventually(
    async () => {
      const r = await system.db.query(
        `SELECT count(*)::int AS n FROM kpi_outbox WHERE dispatched_at IS NULL`,
      );
      return r.rows[0].n === 0 ? true : undefined;
    },
    90_000,
    500,
  );
  const again = await eventually(async () => {
    const res = await system.api.post('/kpi/recompute', {}, admin);
    return res.status === 202 ? res : undefined;
  }, 60_000);
  expect(again.body.jobId).toBeTruthy();
  await system.drained('kpi');
  expect(await system.queue('kpi').getFailedCount()).toBe(0);
  return figures;
}

/**
 * Two API processes share one login limit, collapse the same job requested on each into one,
 * and keep the audit chain valid when both write at once (checked by the worker's integrity job).
 */
export async function acrossProcesses(system: System, loginLimit: number): Promise<void> {
  expect(system.apis.length).toBeGreaterThanOrEqual(2);
  const [a, b] = system.apis.map((s) => s.api);
  const admin = await a.adminToken();

  // Throttling: wrong passwords alternately on each API; the account's limit is counted once for both.
  const user = await a.userWithRole('staff');
  const statuses: number[] = [];
  for (let i = 0; i < loginLimit + 2; i++) {
    const api = i % 2 === 0 ? a : b;
    statuses.push(
      (await api.post('/auth/login', { email: user.email, password: 'wrong-password-123' })).status,
    );
  }
  expect(statuses.slice(0, loginLimit).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(loginLimit)).toEqual([429, 429]);
  // …and even the right password is refused on either API now.
  expect((await b.post('/auth/login', { email: user.email, password: 'password-for-tests' })).status).toBe(
    429,
  );

  // De-duplication: one rescore requested (the same outbox row) through both processes is one job.
  const kpi = system.queue('kpi');
  const completedBefore = await kpi.getCompletedCount();
  const [assoc] = system.associationIds;
  const { rows: inserted } = await system.db.query(
    `INSERT INTO kpi_outbox (association_id, period, revision, reason) VALUES ($1, '1404-Q4', 0, 'grant_delivered') RETURNING id`,
    [assoc],
  );
  const rowId = String(inserted[0].id);
  await eventually(async () => {
    const r = await system.db.query(`SELECT count(*)::int AS n FROM kpi_outbox WHERE dispatched_at IS NULL`);
    return r.rows[0].n === 0 ? true : undefined;
  }, 60_000);
  await system.drained('kpi');
  const rescores = (await kpi.getJobs(['completed'], 0, -1)).filter((j) =>
    j.id?.startsWith(`kpi:${assoc}:grant_delivered-`),
  );
  expect(rescores.map((j) => j.id)).toEqual([`kpi:${assoc}:grant_delivered-${rowId}`]);
  expect(await kpi.getCompletedCount()).toBe(completedBefore + 1);
  const { rows: outbox } = await system.db.query(`SELECT attempts FROM kpi_outbox WHERE id = $1`, [rowId]);
  expect(outbox).toEqual([{ attempts: 1 }]);

  // Audit chain: writes through both APIs at once (each appends to the one chain)…
  const categoryId = (await system.db.query(`SELECT id FROM sector_categories LIMIT 1`)).rows[0].id;
  const writes = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? a : b).post(
        '/associations',
        {
          nameFa: `انجمن دو فرایند ${i} ${Math.random().toString(36).slice(2, 6)}`,
          legalForm: 'association',
          scope: 'provincial',
          membershipType: 'firms',
          categoryId,
          city: 'کرمان',
        },
        admin,
      ),
    ),
  );
  expect(writes.map((w) => w.status)).toEqual(Array(20).fill(201));
  // …then the integrity check asked on both APIs at once: one job (the id is per minute), one check.
  const { rows: checksBefore } = await system.db.query(
    `SELECT count(*)::int AS n FROM audit_integrity_check`,
  );
  const [r1, r2] = await Promise.all([
    a.post('/audit/integrity-checks', {}, admin),
    b.post('/audit/integrity-checks', {}, admin),
  ]);
  expect([r1.status, r2.status]).toEqual([202, 202]);
  const expectedChecks = r1.body.jobId === r2.body.jobId ? 1 : 2; // 2 only across a minute boundary
  await system.drained('audit');
  const { rows: checks } = await system.db.query(
    `SELECT ok, rows_checked, first_broken_id FROM audit_integrity_check ORDER BY id OFFSET $1`,
    [checksBefore[0].n],
  );
  expect(checks).toHaveLength(expectedChecks);
  for (const c of checks) {
    expect(c.ok).toBe(true);
    expect(c.first_broken_id).toBeNull();
    expect(Number(c.rows_checked)).toBeGreaterThan(20);
  }
  const shown = await a.get('/audit/integrity', admin);
  expect(shown.body.check.ok).toBe(true);
}
