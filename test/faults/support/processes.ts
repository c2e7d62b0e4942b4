import { ChildProcess, spawn, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { TestApi } from '../../support/api';
import { freePort } from '../../support/redis-server';
import { eventually } from '../../support/worker';

export const ROOT = join(__dirname, '..', '..', '..');

/** The fault suite's sizes: short in `npm test`, full in `npm run test:faults` (FAULTS_FULL=1). */
export const FULL = process.env.FAULTS_FULL === '1';
export const numberSetting = (name: string, ci: number, full: number): number =>
  process.env[name] ? Number(process.env[name]) : FULL ? full : ci;

/** One real process (API or worker) spawned from the TypeScript sources, its output kept for diagnosis. */
export class Proc {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.output = (this.output + d.toString()).slice(-200_000)));
    child.stderr?.on('data', (d: Buffer) => (this.output = (this.output + d.toString()).slice(-200_000)));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends the signal and waits for the exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 60_000) {
    if (!this.running) return this.exited;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const result = await this.exited;
    clearTimeout(timer);
    return result;
  }
}

/** The environment of a spawned API or worker: the test run's secrets, the given database and Redis. */
export function processEnv(over: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    JWT_ACCESS_SECRET: process.env.JWT_ACCESS_SECRET,
    ADMIN_EMAIL: process.env.ADMIN_EMAIL,
    ADMIN_PASSWORD: process.env.ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
    LOGIN_THROTTLE_LIMIT: '1000',
    LOGIN_ADDRESS_LIMIT: '100000',
    STORAGE_DIR: process.env.STORAGE_DIR,
    HOST: '127.0.0.1',
    ...over,
  };
}

function spawnEntry(name: string, entry: string, env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'register.js'), join(ROOT, entry)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Proc(name, child);
}

async function waitFor(proc: Proc, pattern: RegExp, timeoutMs: number): Promise<void> {
  await eventually(
    async () => {
      if (!proc.running) throw new Error(`${proc.name} exited:\n${proc.output.slice(-4000)}`);
      return pattern.test(proc.output) ? true : undefined;
    },
    timeoutMs,
    200,
  ).catch((err: unknown) => {
    throw new Error(`${proc.name} did not start: ${String(err)}\n${proc.output.slice(-4000)}`);
  });
}

export interface SpawnedApi {
  proc: Proc;
  port: number;
  api: TestApi;
}

/** `apps/api/src/main.ts` in a process of its own, on a free port; resolves once it listens. */
export async function spawnApi(env: Record<string, string>, name = 'api'): Promise<SpawnedApi> {
  const port = await freePort();
  const proc = spawnEntry(name, 'apps/api/src/main.ts', processEnv({ ...env, PORT: String(port) }));
  const t = Date.now();
  await waitFor(proc, /Tashakkol API listening/, 180_000);
  note(`${name} listening on ${port} (${Date.now() - t} ms)`);
  // TestApi only needs the base URL to make requests and to check them against the served document.
  const api = new TestApi(null as unknown as NestFastifyApplication, `http://127.0.0.1:${port}/api/v1`);
  return { proc, port, api };
}

/** `apps/worker/src/main.ts` in a process of its own; resolves once its processors are ready. */
export async function spawnWorker(env: Record<string, string>, name = 'worker'): Promise<Proc> {
  const proc = spawnEntry(name, 'apps/worker/src/main.ts', processEnv(env));
  const t = Date.now();
  await waitFor(proc, /Tashakkol worker started/, 180_000);
  note(`${name} started (${Date.now() - t} ms)`);
  return proc;
}

/** Creates a database on `serverUrl` and migrates it; returns its URL. */
export async function migratedDatabase(serverUrl: string, name?: string): Promise<string> {
  const dbName =
    name ?? `${(process.env.DATABASE_URL as string).split('/').pop()}_f${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const ds = await new DataSource(dataSourceOptions(url.toString(), 2)).initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  return url.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new Client({ connectionString: u.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

/** A plain client on a database, for set-up and for checking what was stored. */
export async function sql(url: string): Promise<Client> {
  const c = new Client({ connectionString: url });
  await c.connect();
  return c;
}

/** Runs a command as the postgres user when this process is root (initdb and postgres refuse root). */
function asPostgres(cmd: string, args: string[]): { status: number | null; output: string } {
  const root = process.getuid?.() === 0;
  const r = root
    ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' })
    : spawnSync(cmd, args, { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function postgresBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  return join(base, versions[0], 'bin');
}

/**
 * A PostgreSQL cluster of the test's own (initdb in a temporary directory, a free port), so it
 * can be stopped and started without disturbing the machine's shared cluster.
 */
export class PrivateCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivateCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'tashakkol-pg-'));
    chmodSync(dir, 0o700);
    if (process.getuid?.() === 0) {
      const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim();
      const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim();
      chownSync(dir, Number(ids), Number(gid));
    }
    const init = asPostgres(join(postgresBin(), 'initdb'), [
      '-D',
      join(dir, 'data'),
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
    ]);
    if (init.status !== 0) throw new Error(`initdb failed: ${init.output}`);
    const cluster = new PrivateCluster(dir, await freePort());
    await cluster.start();
    return cluster;
  }

  get serverUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async start(): Promise<void> {
    const r = asPostgres(join(postgresBin(), 'pg_ctl'), [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'log'),
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      '-w',
      'start',
    ]);
    if (r.status !== 0) throw new Error(`pg_ctl start failed: ${r.output}`);
  }

  /** `fast` disconnects every client and shuts down cleanly; `immediate` is a crash (recovery on start). */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    const r = asPostgres(join(postgresBin(), 'pg_ctl'), [
      '-D',
      join(this.dir, 'data'),
      '-m',
      mode,
      '-w',
      'stop',
    ]);
    if (r.status !== 0 && !/not running|No such/i.test(r.output))
      throw new Error(`pg_ctl stop failed: ${r.output}`);
  }

  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A redis-server of the test's own, which may be paused (SIGSTOP: connections hang) or killed. */
export class OwnRedis {
  private proc?: ChildProcess;
  private constructor(readonly port: number) {}

  static async create(): Promise<OwnRedis> {
    const r = new OwnRedis(await freePort());
    await r.start();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.proc = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    await eventually(async () => {
      const r = spawnSync('redis-cli', ['-p', String(this.port), 'ping'], { encoding: 'utf8' });
      return r.stdout.trim() === 'PONG' ? true : undefined;
    }, 10_000);
  }

  pause(): void {
    this.proc?.kill('SIGSTOP');
  }

  resume(): void {
    this.proc?.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    p.kill('SIGCONT');
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    });
  }
}

/** A progress line on stderr (Jest holds console output until a test ends), with FAULTS_VERBOSE=1 or in the full run. */
export function note(line: string): void {
  if (FULL || process.env.FAULTS_VERBOSE === '1')
    process.stderr.write(`[faults ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
