import { FULL, note, numberSetting, PrivateCluster, sleep } from './support/processes';
import { recomputeJobIds } from './support/kpi-data';
import { System } from './support/system';

jest.setTimeout(3_600_000);

/**
 * The full run: a PostgreSQL cluster of the test's own (initdb on a free port) stopped for
 * FAULT_PG_DOWN_SECONDS (5) under traffic: readiness answers 503 meanwhile, and the API is ready
 * again at most 10 s after the database is back; the worker scores again by itself.
 */
(FULL ? describe : describe.skip)('PostgreSQL restarted under traffic', () => {
  let cluster: PrivateCluster;
  let system: System;
  beforeAll(async () => {
    cluster = await PrivateCluster.create();
    system = await System.start({ apis: 1, workers: 1, associations: 2, serverUrl: cluster.serverUrl });
  });
  afterAll(async () => {
    await system?.close();
    await cluster?.destroy();
  });

  it('answers 503 while PostgreSQL is down and is ready again within 10 s of its return', async () => {
    const api = system.api;
    const admin = await api.adminToken();
    const [assoc] = system.associationIds;
    expect((await api.get('/health/ready')).status).toBe(200);
    await system.db.end(); // the test's own connection would die with the server
    const downSeconds = numberSetting('FAULT_PG_DOWN_SECONDS', 5, 5);
    await cluster.stop('fast');
    const statuses = new Set<number>();
    const readStatuses = new Set<number>();
    const until = Date.now() + downSeconds * 1000;
    while (Date.now() < until) {
      statuses.add((await api.get('/health/ready')).status);
      // Unchecked: a 503 for a database that is down is common to every operation, not in each one's document.
      const read = await api.request('GET', `/associations/${assoc}`, { token: admin, unchecked: true });
      readStatuses.add(read.status);
      if (read.status === 503) expect(Number(read.headers.get('retry-after'))).toBeGreaterThan(0);
      await sleep(250);
    }
    expect([...statuses]).toEqual([503]);
    // A read that needs the database fails as "unavailable", never as a 500 or a hang.
    expect([...readStatuses].every((s) => s === 503)).toBe(true);

    await cluster.start();
    const back = Date.now();
    for (;;) {
      if ((await api.get('/health/ready')).status === 200) break;
      if (Date.now() - back > 60_000)
        throw new Error(`not ready 60 s after PostgreSQL came back\n${system.output()}`);
      await sleep(100);
    }
    const readyAfterMs = Date.now() - back;
    note(`postgres restart: down ${downSeconds} s, ready ${readyAfterMs} ms after it was back`);
    expect(readyAfterMs).toBeLessThanOrEqual(10_000);
    expect((await api.get(`/associations/${assoc}`, admin)).status).toBe(200);
    // The worker's pool recovered too: a recompute is scored.
    const res = await api.post('/kpi/recompute', {}, admin);
    expect(res.status).toBe(202);
    await system.drained('kpi');
    const run = String(res.body.jobId).split(':').pop();
    // The association is in one of the run's chunks; every chunk completed.
    for (const id of recomputeJobIds(system.associationIds, String(run)))
      expect(await (await system.queue('kpi').getJob(id))?.getState()).toBe('completed');
    expect(system.workers[0].running).toBe(true);
  });
});
