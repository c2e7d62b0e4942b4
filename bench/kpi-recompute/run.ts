/**
 * KPI recompute bench: generates associations × periods × 20 indicators in a throwaway database,
 * times a full recompute by the real worker (queue, processor, TypeScript calculator) against the
 * same computation as one plain `CREATE TABLE … AS` pass (issue 13's yardstick), checks that both
 * give the same scores, and times an accepted report until its scores are visible.
 *
 *   node -r ./scripts/register.js bench/kpi-recompute/run.ts [--associations=5000] [--periods=36] [--samples=10] [--work-mem=256MB]
 *
 * Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres) and Redis
 * (REDIS_URL, default redis://127.0.0.1:6379). The database is dropped at the end (--keep keeps it).
 */
import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { QueueName } from '@tashakkol/shared';
import { Queue } from 'bullmq';
import { randomBytes } from 'crypto';
import { loadavg } from 'os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { KpiProducer } from '@tashakkol/kpi';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { generationSql } from './generate.sql';
import { MISMATCH_SAMPLE, MISMATCHES, SQL_PASS } from './scores.sql';

function arg(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
}

const ASSOCIATIONS = arg('associations', 5000);
const PERIODS = arg('periods', 36);
const SAMPLES = arg('samples', 10);
const KEEP = process.argv.includes('--keep');
/** `--work-mem=256MB`: the SQL pass's work_mem (PostgreSQL's default when omitted). */
const WORK_MEM = process.argv
  .find((a) => a.startsWith('--work-mem='))
  ?.split('=')[1]
  ?.replace(/[^0-9A-Za-z]/g, '');

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const run = `bench_kpi_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${run}`);
  const url = new URL(base);
  url.pathname = `/${run}`;
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: run,
    JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'bench@bench.local',
    ADMIN_PASSWORD: 'bench-password',
    LOG_LEVEL: 'warn',
    DB_POOL_SIZE: '10',
  });

  const ds = await new DataSource({ ...dataSourceOptions(url.toString(), 4), entities: [] }).initialize();
  let worker: INestApplicationContext | undefined;
  try {
    await ds.runMigrations({ transaction: 'each' });
    // The worker starts on an empty database, so its start-up "score the demo data" finds nothing to do.
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();

    let t = Date.now();
    for (const sql of generationSql(ASSOCIATIONS, PERIODS)) await ds.query(sql);
    const [{ n: values }] = await ds.query(`SELECT count(*)::int AS n FROM kpi_report_values`);
    console.log(
      `generated ${ASSOCIATIONS} associations × ${PERIODS} periods × 20 indicators (${values} reported values) in ${seconds(Date.now() - t)}`,
    );
    const expected = ASSOCIATIONS * PERIODS;
    const loadBefore = loadavg()
      .map((l) => l.toFixed(2))
      .join(', ');

    // Full recompute by the worker: recompute-all fans out one job per chunk of associations.
    const [{ now: startedAt }] = await ds.query(`SELECT now()`);
    t = Date.now();
    const queue = worker.get<Queue>(getQueueToken(QueueName.Kpi));
    const fanOutId = await worker.get(KpiProducer).requestRecomputeAll(undefined, 'bench');
    // Done when the fan-out job has finished and the queue holds no more work. (Polling a count of
    // kpi_scores instead scanned the growing table five times a second, on the same cores as the worker.)
    await waitFor(async () => {
      // 'unknown': completed and already trimmed by removeOnComplete.
      if (!['completed', 'unknown'].includes(await queue.getJobState(fanOutId))) return false;
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      if (!Object.values(counts).every((n) => n === 0)) return false;
      // Delayed: retries still to come; the nightly scheduler's next run always waits there.
      return (await queue.getDelayed()).every((j) => j.name === 'kpi.nightly-checks');
    }, 3_600_000);
    const workerMs = Date.now() - t;
    const [{ n: scored }] = await ds.query(
      `SELECT count(*)::int AS n FROM kpi_scores WHERE computed_at >= $1`,
      [startedAt],
    );
    const failed = await queue.getJobCountByTypes('failed');
    // Where the worker's time went: the fan-out, then each chunk job from its start to its end.
    const done = (await queue.getCompleted(0, 10_000)).filter(
      (j) => j.name === 'kpi.score-associations' || j.name === 'kpi.recompute-all',
    );
    const chunkMs = done
      .filter((j) => j.name === 'kpi.score-associations')
      .map((j) => (j.finishedOn ?? 0) - (j.processedOn ?? 0))
      .sort((a, b) => a - b);
    const firstStart = Math.min(...done.map((j) => j.processedOn ?? Infinity));
    const lastEnd = Math.max(...done.map((j) => j.finishedOn ?? 0));
    if (scored < expected)
      throw new Error(`bench: the worker scored ${scored} of ${expected} periods (${failed} failed jobs)`);

    t = Date.now();
    await ds.transaction(async (em) => {
      // PostgreSQL's default work_mem (4 MB) makes the pass spill to disk at the larger sizes.
      if (WORK_MEM) await em.query(`SET LOCAL work_mem = '${WORK_MEM}'`);
      await em.query(SQL_PASS);
    });
    const sqlMs = Date.now() - t;

    const [{ n: mismatched }] = await ds.query(MISMATCHES);
    if (mismatched > 0) console.log('differing scores (a sample):', await ds.query(MISMATCH_SAMPLE));
    // The recorded indicators the worker scored from their homes (ledger, reports' dates).
    const [recorded] = await ds.query(
      `SELECT count(*) FILTER (WHERE i->>'code' = 'chamber_funding' AND i->>'status' = 'scored')::int AS funding,
              count(*) FILTER (WHERE i->>'code' = 'chamber_funding' AND (i->>'value')::numeric > 0)::int AS funded,
              count(*) FILTER (WHERE i->>'code' = 'report_on_time_rate' AND i->>'status' = 'scored')::int AS on_time,
              count(*) FILTER (WHERE i->>'code' = 'report_on_time_rate' AND (i->>'value')::numeric = 0)::int AS late,
              count(*) FILTER (WHERE i->>'code' = 'members_count' AND i->>'status' = 'no_value')::int AS members_unknown
       FROM kpi_scores k CROSS JOIN jsonb_array_elements(k.indicators) i`,
    );

    // Latency: an accepted report (report, values and outbox row in one transaction) until its scores are readable.
    const latencies: number[] = [];
    const ids: { id: string }[] = await ds.query(`SELECT id FROM associations ORDER BY random() LIMIT $1`, [
      SAMPLES,
    ]);
    for (const [k, { id }] of ids.entries()) {
      const period = `1499-${String((k % 12) + 1).padStart(2, '0')}`;
      const t0 = Date.now();
      await ds.transaction(async (em) => {
        const [r] = await em.query(
          `INSERT INTO kpi_reports (association_id, period, period_start, period_end, status, revision, accepted_at, version)
           VALUES ($1, $2, now() + interval '10 years', now() + interval '10 years 1 month', 'accepted', 1, now(), 1) RETURNING id`,
          [id, period],
        );
        await em.query(
          `INSERT INTO kpi_report_values (report_id, indicator_code, value)
           SELECT $1, code, 70 FROM kpi_indicators WHERE kind = 'reported'`,
          [r.id],
        );
        await em.query(`INSERT INTO kpi_outbox (association_id, period, revision) VALUES ($1, $2, 1)`, [
          id,
          period,
        ]);
      });
      await waitFor(
        async () =>
          (await ds.query(`SELECT 1 FROM kpi_scores WHERE association_id = $1 AND period = $2`, [id, period]))
            .length > 0,
        30000,
        5,
      );
      latencies.push(Date.now() - t0);
    }
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)];

    const ratio = workerMs / sqlMs;
    console.log('');
    console.log(
      `KPI recompute bench — ${ASSOCIATIONS} associations × ${PERIODS} periods × 20 indicators (${expected} scores)`,
    );
    console.log(
      `  worker (queue + TypeScript calculator): ${seconds(workerMs)}  (${Math.round(expected / (workerMs / 1000))} scores/s)`,
    );
    console.log(
      `  one plain SQL pass (CREATE TABLE … AS${WORK_MEM ? `, work_mem ${WORK_MEM}` : ''}): ${seconds(sqlMs)}  (${Math.round(expected / (sqlMs / 1000))} scores/s)`,
    );
    console.log(
      `  of which ${chunkMs.length} chunk job(s), each ${chunkMs[0]}–${chunkMs[chunkMs.length - 1]} ms (median ${chunkMs[Math.floor(chunkMs.length / 2)]} ms); ` +
        `first job start → last job end ${seconds(lastEnd - firstStart)}`,
    );
    console.log(`  ratio worker / SQL: ${ratio.toFixed(2)}×  (goal ≤ 3×: ${ratio <= 3 ? 'met' : 'NOT met'})`);
    console.log(
      `  scores that differ between the two (composite, grade, axes, criteria, trend, recorded achievements; beyond 0.01 of rounding): ${mismatched}`,
    );
    console.log(
      `  recorded indicators scored by the worker: chamber_funding ${recorded.funding} (${recorded.funded} with a grant), ` +
        `report_on_time_rate ${recorded.on_time} (${recorded.late} late), members_count unknown in ${recorded.members_unknown}`,
    );
    console.log(
      `  load average (1, 5, 15 min) before → after: ${loadBefore} → ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
    console.log(
      `  accept → scores visible over ${latencies.length} reports: median ${latencies[Math.floor(latencies.length / 2)]} ms, ` +
        `p95 ${p95} ms, max ${latencies[latencies.length - 1]} ms  (goal p95 ≤ 300 ms: ${p95 <= 300 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await worker?.close();
    await ds.destroy();
    if (!KEEP) await admin.query(`DROP DATABASE IF EXISTS ${run} WITH (FORCE)`);
    await admin.end();
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`bench: condition not met in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  });
