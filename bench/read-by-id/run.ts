/**
 * Read-by-id: the real API's authenticated `GET` of one object against a bare Fastify + pg handler
 * running the same query. Goal: the API costs at most 2× the bare handler. Both servers run as
 * separate processes (one core each at most); autocannon drives them in turn from this process.
 *   node -r ./scripts/register.js bench/read-by-id/run.ts [seconds=10] [connections=32]
 */
import autocannon from 'autocannon';
import { ChildProcess } from 'child_process';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { runSeeds } from '../../db/seeds/run';
import { benchDatabase, login, startServer } from '../support/bench-env';

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 32);

async function load(url: string, headers: Record<string, string>) {
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  const r = await autocannon({ url, connections, duration: seconds, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function main() {
  const db = await benchDatabase();
  const env = db.env;
  const children: ChildProcess[] = [];
  try {
    const ds = await new DataSource(dataSourceOptions(env.DATABASE_URL, 2)).initialize();
    await ds.runMigrations();
    children.push(await startServer(join(__dirname, 'api-server.ts'), { ...env, PORT: '3911' }));
    const accessToken = await login(3911, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
    const target = await benchTarget(ds);
    await ds.destroy();
    children.push(
      await startServer(join(__dirname, 'bare-server.ts'), { ...env, PORT: '3912', BENCH_SQL: target.sql }),
    );

    const apiFigures = await load(`http://127.0.0.1:3911/api/v1${target.path}`, {
      authorization: `Bearer ${accessToken}`,
    });
    const bareFigures = await load(`http://127.0.0.1:3912/item/${target.id}`, {});
    console.log(
      `read by id (${target.path.replace(target.id, ':id')}), ${connections} connections, ${seconds} s each`,
    );
    console.log(
      `  bare Fastify + pg : ${bareFigures.rps.toFixed(0)} req/s, p50 ${bareFigures.p50} ms, p99 ${bareFigures.p99} ms`,
    );
    console.log(
      `  Tashakkol API     : ${apiFigures.rps.toFixed(0)} req/s, p50 ${apiFigures.p50} ms, p99 ${apiFigures.p99} ms`,
    );
    console.log(
      `  cost ratio (bare req/s ÷ API req/s): ${(bareFigures.rps / apiFigures.rps).toFixed(2)}× (goal ≤ 2×)`,
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
