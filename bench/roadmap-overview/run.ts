/**
 * The president's overview at scale: 5,000 associations × 36 monthly periods × 20 indicators
 * in each score, 50,000 support grants, reports, milestones and alerts; the read model is built
 * once (timed), then 10 concurrent clients ask GET /api/v1/roadmap/overview for a bounded time,
 * rotating over a dozen filter combinations, and the script prints p50/p95/p99 and requests/s,
 * plus the first (uncached) answer of each combination. Goal: p95 ≤ 50 ms.
 *   node -r ./scripts/register.js bench/roadmap-overview/run.ts [associations=5000] [seconds=20] [clients=10]
 */
import { ChildProcess } from 'child_process';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { runSeeds } from '../../db/seeds/run';
import { benchDatabase, login, startServer } from '../support/bench-env';
import { generatePortfolio } from './portfolio';

const associations = Number(process.argv[2] ?? 5000);
const seconds = Number(process.argv[3] ?? 20);
const clients = Number(process.argv[4] ?? 10);
const FILTERS = [
  '',
  '?fiscalYear=1404',
  '?fiscalYear=1405',
  '?scope=national',
  '?legalForm=union',
  `?city=${encodeURIComponent('کرمان')}`,
  `?city=${encodeURIComponent('بم')}&fiscalYear=1404`,
  '?phase=development',
  '?phase=support_monitoring',
  '?categoryId=1',
  '?categoryId=2&scope=provincial',
  '?phase=formation&fiscalYear=1403',
];

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);

async function main() {
  const db = await benchDatabase();
  const env: Record<string, string> = { ...db.env, PORT: '3913' };
  let child: ChildProcess | undefined;
  try {
    const ds = await new DataSource(dataSourceOptions(env.DATABASE_URL, 2)).initialize();
    await ds.runMigrations();
    await runSeeds(ds, { log: () => undefined });
    const t0 = Date.now();
    await generatePortfolio(ds, { associations, periods: 36, indicators: 20, grants: 50_000 });
    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM associations) a, (SELECT count(*) FROM kpi_scores) s, (SELECT count(*) FROM support_grants) g,
              (SELECT count(*) FROM kpi_reports) r`,
    );
    console.log(
      `generated ${counts.a} associations, ${counts.s} scores, ${counts.r} reports, ${counts.g} grants in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    await ds.destroy();
    child = await startServer(join(__dirname, '..', 'read-by-id', 'api-server.ts'), env);
    const token = await login(3913, 'president@tashakkol.local', 'demo-password');
    const headers = { authorization: `Bearer ${token}` };
    const get = async (path: string, base = '/roadmap/overview') => {
      const start = process.hrtime.bigint();
      const res = await fetch(`http://127.0.0.1:3913/api/v1${base}${path}`, { headers });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`overview${path} answered ${res.status}`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    // The first answer builds the read model (no worker runs here); the rest are timed cold, once each.
    console.log(`read model built by the first request in ${(await get('')).toFixed(0)} ms`);
    const cold = [];
    for (const f of FILTERS.slice(1)) cold.push(await get(f));
    cold.sort((a, b) => a - b);
    console.log(
      `first (uncached) answer of ${cold.length} filter combinations: p50 ${pct(cold, 50)} ms, max ${cold[cold.length - 1].toFixed(1)} ms`,
    );

    const run = async (path: (i: number) => [string, string]) => {
      const times: number[] = [];
      const until = Date.now() + seconds * 1000;
      let i = 0;
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (Date.now() < until) times.push(await get(...path(i++)));
        }),
      );
      return times.sort((a, b) => a - b);
    };
    // The machine's floor at this moment: the same clients on the cheapest authenticated answer.
    const floor = await run(() => ['', '/auth/me']);
    console.log(
      `floor (GET /auth/me, same clients): ${(floor.length / seconds).toFixed(0)} req/s, p50 ${pct(floor, 50)} ms, p95 ${pct(floor, 95)} ms`,
    );
    const times = await run((i) => [FILTERS[i % FILTERS.length], '/roadmap/overview']);
    console.log(
      `GET /roadmap/overview, ${associations} associations, ${clients} concurrent clients for ${seconds} s over ${FILTERS.length} filter combinations:`,
    );
    console.log(
      `  ${times.length} requests, ${(times.length / seconds).toFixed(0)} req/s, p50 ${pct(times, 50)} ms, p95 ${pct(times, 95)} ms, p99 ${pct(times, 99)} ms (goal p95 ≤ 50 ms)`,
    );
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
