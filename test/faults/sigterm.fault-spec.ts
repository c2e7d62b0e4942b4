import { request as httpRequest } from 'http';
import { eventually } from '../support/worker';
import { counts, recomputeJobIds, scoreSnapshot } from './support/kpi-data';
import { FULL, note, sleep } from './support/processes';
import { System } from './support/system';

jest.setTimeout(3_600_000);

/** The full run: SIGTERM with work in flight stops the worker and the API gracefully. */
(FULL ? describe : describe.skip)('SIGTERM with jobs and requests in flight', () => {
  let system: System;
  beforeAll(async () => {
    system = await System.start({ apis: 1, workers: 1, associations: 30 });
  });
  afterAll(async () => {
    await system?.close();
  });

  it('the worker finishes its active jobs, exits 0, and the rest run after a restart: nothing lost or doubled', async () => {
    const before = await counts(system.db);
    const clean = await scoreSnapshot(system.db);
    const kpi = system.queue('kpi');
    const admin = await system.api.adminToken();
    const since = new Date();
    const res = await system.api.post('/kpi/recompute', {}, admin);
    expect(res.status).toBe(202);
    const runId = String(res.body.jobId).split(':').pop() as string;
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
    const active = await kpi.getActiveCount();
    const t = Date.now();
    const exit = await system.workers[0].stop('SIGTERM', 120_000);
    note(`sigterm: ${active} job(s) active, worker exited ${JSON.stringify(exit)} in ${Date.now() - t} ms`);
    expect(exit).toEqual({ code: 0, signal: null });
    // No job is left locked by the stopped worker (it would wait for the stalled check).
    expect(await kpi.getActiveCount()).toBe(0);
    await system.restartWorker(0);
    await system.drained('kpi');
    for (const id of recomputeJobIds(system.associationIds, runId)) {
      expect(await (await kpi.getJob(id))?.getState()).toBe('completed');
    }
    expect(await kpi.getFailedCount()).toBe(0);
    expect(await counts(system.db)).toEqual(before);
    expect(await scoreSnapshot(system.db)).toEqual(clean);
  });

  it('the API answers the requests in flight, then exits 0', async () => {
    const { api, proc } = system.apis[0];
    const admin = await api.adminToken();
    // "In flight" means sent: each request goes out on a connection of its own, and SIGTERM follows
    // only once all ten are connected and written (with fetch, under load some were still being
    // connected when the server closed its port, and were reset: requests it never had).
    const sent: Promise<void>[] = [];
    const inFlight = Array.from({ length: 10 }, (_, i) => {
      let written!: () => void;
      sent.push(new Promise<void>((r) => (written = r)));
      return new Promise<number>((resolve, reject) => {
        const url = new URL(
          `${api.baseUrl}/associations/${system.associationIds[i % system.associationIds.length]}`,
        );
        const req = httpRequest(
          url,
          { headers: { authorization: `Bearer ${admin}` }, agent: false },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.on('finish', written);
        req.end();
      });
    });
    await Promise.all(sent);
    await sleep(200);
    const exited = proc.stop('SIGTERM', 120_000);
    expect(await Promise.all(inFlight)).toEqual(Array(10).fill(200));
    expect(await exited).toEqual({ code: 0, signal: null });
  });
});
