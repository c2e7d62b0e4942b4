/**
 * Read-by-id: the real API's authenticated `GET` of one object against a bare Fastify + pg handler
 * running the same query. Goal: the API costs at most 1.6× the bare handler. Both servers run as
 * separate processes (one core each at most); autocannon drives them in turn from this process.
 *   node -r ./scripts/register.js bench/read-by-id/run.ts [seconds=10] [connections=32] [rate]
 * With a rate (req/s, the same for both) the figure to read is the CPU ratio: what each answer costs
 * the server's process at equal throughput, which a busy shared machine disturbs much less.
 * BENCH_CPU_PROFILE=/tmp/api.cpuprofile writes the API's CPU profile of the measured load (not the
 * start-up or the warm-up) for Chrome's DevTools or `node scripts/cpuprofile-top.js`.
 */
import autocannon from 'autocannon';
import { ChildProcess } from 'child_process';
import { loadavg } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { runSeeds } from '../../db/seeds/run';
import { benchDatabase, cpuUsageOf, login, startServer } from '../support/bench-env';

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 32);
/** A fixed rate (req/s) for both: their CPU per request is then compared at the same throughput. */
const overallRate = process.argv[4] ? Number(process.argv[4]) : undefined;

/**
 * Drives one server; besides its throughput, the CPU time the server's process spent per answer
 * (µs), which other work on a shared machine disturbs far less than requests a second.
 */
async function load(url: string, headers: Record<string, string>, server: ChildProcess, profile = false) {
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  if (profile) await ask(server, 'profile-start', 'profiling');
  const cpuBefore = await cpuUsageOf(server);
  const r = await autocannon({ url, connections, duration: seconds, headers, overallRate });
  const cpu = (await cpuUsageOf(server)) - cpuBefore;
  if (profile) await ask(server, 'profile-stop', 'profiled');
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    cpuPerRequest: cpu / r.requests.total,
  };
}

/** Sends a message to a server and waits for its answer. */
function ask(child: ChildProcess, message: string, answer: string): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (m !== answer) return;
      child.off('message', onMessage);
      resolve();
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

async function main() {
  const db = await benchDatabase();
  const env = db.env;
  const children: ChildProcess[] = [];
  try {
    const ds = await new DataSource(dataSourceOptions(env.DATABASE_URL, 2)).initialize();
    await ds.runMigrations();
    const profile = process.env.BENCH_CPU_PROFILE ?? '';
    const api = await startServer(join(__dirname, 'api-server.ts'), {
      ...env,
      PORT: '3911',
      BENCH_CPU_PROFILE: profile,
    });
    children.push(api);
    const accessToken = await login(3911, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
    const target = await benchTarget(ds);
    await ds.destroy();
    const bare = await startServer(join(__dirname, 'bare-server.ts'), {
      ...env,
      PORT: '3912',
      BENCH_SQL: target.sql,
    });
    children.push(bare);

    const loadBefore = loadavg()[0];
    const apiFigures = await load(
      `http://127.0.0.1:3911/api/v1${target.path}`,
      { authorization: `Bearer ${accessToken}` },
      api,
      profile !== '',
    );
    const bareFigures = await load(`http://127.0.0.1:3912/item/${target.id}`, {}, bare);
    const line = (f: typeof apiFigures) =>
      `${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.cpuPerRequest.toFixed(0)} µs CPU/request`;
    console.log(
      `read by id (${target.path.replace(target.id, ':id')}), ${connections} connections, ` +
        `${overallRate ? `${overallRate} req/s, ` : ''}${seconds} s each, ` +
        `load ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
    );
    console.log(`  bare Fastify + pg : ${line(bareFigures)}`);
    console.log(`  Tashakkol API     : ${line(apiFigures)}`);
    console.log(
      `  cost ratio (bare req/s ÷ API req/s): ${(bareFigures.rps / apiFigures.rps).toFixed(2)}× (goal ≤ 1.6×)`,
    );
    console.log(
      `  CPU ratio (API ÷ bare CPU per request): ${(apiFigures.cpuPerRequest / bareFigures.cpuPerRequest).toFixed(2)}×`,
    );
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await db.drop();
  }
}

/** What to read: one association of the demo register, by id, as staff would. */
async function benchTarget(ds: DataSource): Promise<{ path: string; id: string; sql: string }> {
  await runSeeds(ds, { log: () => undefined });
  const [{ id }] = (await ds.query(`SELECT id FROM associations ORDER BY created_at LIMIT 1`)) as {
    id: string;
  }[];
  return { path: `/associations/${id}`, id, sql: 'SELECT * FROM associations WHERE id = $1' };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
