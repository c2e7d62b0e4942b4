import { ChildProcess, fork } from 'child_process';
import { randomBytes } from 'crypto';
import { join } from 'path';
import { Client } from 'pg';

const register = join(__dirname, '..', '..', 'scripts', 'register.js');

/** A throwaway database and the environment a benchmark's API runs with (production settings). */
export interface BenchDatabase {
  name: string;
  env: Record<string, string>;
  /** Drops the database, unless BENCH_KEEP is set (to EXPLAIN ANALYZE afterwards). */
  drop(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  const base = process.env.BENCH_BASE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `tashakkol_bench_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    name,
    env: {
      DATABASE_URL: url.toString(),
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: name,
      JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: 'admin@bench.local',
      ADMIN_PASSWORD: 'bench-admin-password',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    async drop() {
      if (process.env.BENCH_KEEP) console.log(`kept database ${name}`);
      else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Runs a benchmark server script in its own process; resolves when it says it is listening. */
export function startServer(script: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], {
      execArgv: ['-r', register],
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${script} exited ${code}`)));
  });
}

/** Logs in through the API under test and returns the access token. */
export async function login(port: number, email: string, password: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email} answered ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** In a server process: answers the message 'cpu' with its CPU time so far (µs, user + system). */
export function answerCpuUsage(): void {
  process.on('message', (message) => {
    if (message !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    process.send?.({ cpu: user + system });
  });
}

/** The CPU time a server process has used so far (µs), asked of it by message. */
export function cpuUsageOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (typeof m !== 'object' || m === null || !('cpu' in m)) return;
      child.off('message', onMessage);
      resolve(Number((m as { cpu: number }).cpu));
    };
    child.on('message', onMessage);
    child.send('cpu');
  });
}
