import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { PrivateDatabase } from '../support/private-database';
import { freePort } from '../support/redis-server';
import { eventually } from '../support/worker';

jest.setTimeout(420_000);

describe('npm start supervises the worker (issue 13, finding 6)', () => {
  let db: PrivateDatabase;
  let start: ChildProcess;
  let output = '';
  let port: number;

  beforeAll(async () => {
    db = await PrivateDatabase.create();
    port = await freePort();
    start = spawn(process.execPath, [join(__dirname, '..', '..', 'scripts', 'start.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: db.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-start`,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    start.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    start.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    // Migrations and demo seeds first; the children start after them.
    await eventually(async () => (/api started \(pid \d+\)/.test(output) ? true : undefined), 360_000, 500);
  });

  afterAll(async () => {
    if (start && start.exitCode === null) {
      await new Promise<void>((resolve) => {
        start.once('exit', () => resolve());
        start.kill('SIGTERM');
      });
    }
    await new Promise((r) => setTimeout(r, 1000));
    await db?.drop();
  });

  const pidsOf = (name: string) =>
    [...output.matchAll(new RegExp(`${name} started \\(pid (\\d+)\\)`, 'g'))].map((m) => Number(m[1]));
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('starts the worker again after it is killed, saying why, while the API process keeps running', async () => {
    const [worker] = pidsOf('worker');
    const [apiPid] = pidsOf('api');
    expect(worker).toBeGreaterThan(0);
    process.kill(worker, 'SIGKILL');
    const again = await eventually(async () => pidsOf('worker')[1], 60_000).catch((err) => {
      throw new Error(`${String(err)}\n--- npm start said:\n${output}`);
    });
    expect(again).not.toBe(worker);
    expect(output).toMatch(/worker stopped \(killed by SIGKILL\); restarting in 1 s/);
    expect(alive(apiPid)).toBe(true);
    expect(pidsOf('api')).toEqual([apiPid]);
    expect(start.exitCode).toBeNull();
  });
});
