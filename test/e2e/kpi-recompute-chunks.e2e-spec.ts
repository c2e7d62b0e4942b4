import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { KpiProducer, ScoringService } from '@tashakkol/kpi';
import { jobIds, QueueName } from '@tashakkol/shared';
import { Queue } from 'bullmq';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';
import { acceptedReport, seedTestIndicators, setTarget } from '../support/kpi-scoring';
import { eventually, startWorker } from '../support/worker';

jest.setTimeout(120_000);

type Codes = Awaited<ReturnType<typeof seedTestIndicators>>;

describe('a full recompute scores associations in chunks, exactly as scoring them one by one', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let scoring: ScoringService;
  let codes: Codes;
  let ids: string[];
  let idle: string;
  /** Boards of the first two associations, owned by this file: who an alert told (staff are shared). */
  let boards: string[];

  /** Everything the scoring wrote for these associations except when it did. */
  const snapshot = async (of: string[]) => {
    const ds = await testDb();
    const scores = await ds.query(
      `SELECT association_id, period, period_start, revision, composite, grade, trend, axes, criteria, indicators
       FROM kpi_scores WHERE association_id = ANY($1) ORDER BY association_id, period`,
      [of],
    );
    const ratings = await ds.query(
      `SELECT association_id, year, composite, criteria, axes, indicators, periods
       FROM kpi_ratings WHERE association_id = ANY($1) ORDER BY association_id, year`,
      [of],
    );
    const alerts = await ds.query(
      `SELECT association_id, kind, period, message_en, details FROM kpi_alerts
       WHERE association_id = ANY($1) ORDER BY association_id, kind, period`,
      [of],
    );
    const told = await ds.query(
      `SELECT user_id, association_id, kind, title_fa, body_fa FROM notifications
       WHERE user_id = ANY($1) AND association_id = ANY($2) ORDER BY user_id, kind, body_fa`,
      [boards, of],
    );
    return { scores, ratings, alerts, told };
  };

  const forget = async (of: string[]) => {
    const ds = await testDb();
    for (const table of ['kpi_scores', 'kpi_ratings', 'kpi_alerts', 'notifications'])
      await ds.query(`DELETE FROM ${table} WHERE association_id = ANY($1)`, [of]);
  };

  beforeAll(async () => {
    // The chamber's catalog too: its recorded indicators read the supports' ledger, the members'
    // registry and the reports' own dates, each through its batch method.
    await seedIndicatorCatalog(await testDb());
    api = await startApi();
    codes = await seedTestIndicators();
    const made = await Promise.all(
      [0, 1, 2, 3].map(() => createAssociation(api, { phase: 'support_monitoring' })),
    );
    ids = made.slice(0, 3).map((a) => a.id);
    idle = made[3].id;
    boards = [(await api.userWithRole('board', ids[0])).id, (await api.userWithRole('board', ids[1])).id];
    // Different targets, values and trends per association: a chunk that mixed them up would show.
    const series: Record<string, number>[][] = [
      [
        { [codes.members]: 200, [codes.services]: 4, [codes.revenue]: 1000, [codes.funding]: 300 },
        { [codes.members]: 150, [codes.services]: 3, [codes.revenue]: 1000, [codes.funding]: 500 },
        { [codes.members]: 120, [codes.services]: 1, [codes.revenue]: 900, [codes.funding]: 600 },
      ],
      [
        { [codes.members]: 90, [codes.services]: 1, [codes.revenue]: 500, [codes.funding]: 100 },
        { [codes.members]: 130, [codes.services]: 2, [codes.revenue]: 800, [codes.funding]: 100 },
      ],
      [{ [codes.members]: 60, [codes.services]: 5, [codes.revenue]: 2000, [codes.funding]: 50 }],
    ];
    for (const [k, id] of ids.entries()) {
      await setTarget(id, codes.members, 100, 150 + 25 * k, k === 1 ? 3 : null);
      await setTarget(id, codes.services, 1, 3 + k);
      await setTarget(id, codes.share, 60, 30 - 5 * k);
      for (const [q, values] of series[k].entries()) await acceptedReport(id, `1404-Q${q + 1}`, values);
    }
    // The worker starts after the reports: the relay's jobs and the test's calls share one lock discipline.
    worker = await startWorker();
    scoring = worker.get(ScoringService);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await closeTestDb();
  });

  it('writes the same scores, ratings and alerts as one job per association', async () => {
    // Let the relay's acceptance jobs finish first, so nothing else writes these rows meanwhile.
    const queue = worker.get<Queue>(getQueueToken(QueueName.Kpi));
    const accepted = ids.flatMap((id, k) =>
      [1, 2, 3].slice(0, 3 - k).map((q) => jobIds.scoreReport(id, `1404-Q${q}`, 1)),
    );
    await eventually(async () => {
      const states = await Promise.all(accepted.map((j) => queue.getJobState(j)));
      return states.every((s) => s === 'completed') ? true : undefined;
    });

    await forget(ids);
    for (const id of ids) await scoring.scoreAssociation(id);
    const oneByOne = await snapshot(ids);
    expect(oneByOne.scores).toHaveLength(6);
    expect(oneByOne.ratings).toHaveLength(3);
    expect(oneByOne.alerts.map((a: { period: string }) => a.period)).toEqual(['1404-Q3']);
    // The declining alert told the first association's board, once; the second's board heard nothing.
    expect(oneByOne.told.map((n: { user_id: string; kind: string }) => [n.user_id, n.kind])).toEqual([
      [boards[0], 'score_declining'],
    ]);

    await forget(ids);
    const outcomes = await scoring.scoreAssociations([...ids, idle]);
    expect(outcomes.map((o) => [o.associationId, o.periodsScored, o.alertsRaised])).toEqual([
      [ids[0], 3, 1],
      [ids[1], 2, 0],
      [ids[2], 1, 0],
      [idle, 0, 0],
    ]);
    expect(await snapshot(ids)).toEqual(oneByOne);
    expect((await snapshot([idle])).scores).toEqual([]);

    // Scoring the chunk again (a retried job) rewrites the same rows and raises no alert twice.
    const again = await scoring.scoreAssociations(ids);
    expect(again.map((o) => o.alertsRaised)).toEqual([0, 0, 0]);
    expect(await snapshot(ids)).toEqual(oneByOne);
  });

  it('fans a recompute out into chunk jobs that score every association', async () => {
    const ds = await testDb();
    const [{ now: since }] = await ds.query(`SELECT now()`);
    const runId = `chunks${Date.now()}`;
    const queued = await worker.get(KpiProducer).fanOutRecompute([...ids].reverse(), runId);
    expect(queued).toBe(3);
    const queue = worker.get<Queue>(getQueueToken(QueueName.Kpi));
    const job = await queue.getJob(jobIds.scoreChunkInRun(0, runId));
    expect(job?.data).toEqual({ associationIds: [...ids].sort(), reason: 'recompute' });
    await eventually(async () =>
      (await queue.getJobState(jobIds.scoreChunkInRun(0, runId))) === 'completed' ? true : undefined,
    );
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM kpi_scores WHERE association_id = ANY($1) AND computed_at >= $2`,
      [ids, since],
    );
    expect(n).toBe(6);
    // A second fan-out of the same run collapses into the job already there.
    await worker.get(KpiProducer).fanOutRecompute(ids, runId);
    expect(await queue.getJobState(jobIds.scoreChunkInRun(1, runId))).toBe('unknown');
  });
});
