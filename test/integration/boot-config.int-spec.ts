import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const root = join(__dirname, '..', '..');

function boot(entry: string, env: Record<string, string>, cwd = root) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DATABASE_URL|REDIS_URL|JWT_|ADMIN_|QUEUE_)/.test(k)),
  );
  return spawnSync(process.execPath, ['-r', join(root, 'scripts/register.js'), join(root, entry)], {
    cwd,
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30000,
  });
}

describe('a process with bad configuration', () => {
  it.each(['apps/api/src/main.ts', 'apps/worker/src/main.ts'])(
    '%s stops with one line naming the variable',
    (entry) => {
      const r = boot(entry, {
        DATABASE_URL: 'mysql://nope',
        REDIS_URL: 'redis://127.0.0.1:6379',
        JWT_ACCESS_SECRET: 'x'.repeat(40),
        ADMIN_EMAIL: 'admin@test.local',
        ADMIN_PASSWORD: 'long-enough-pass',
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toBe('Invalid configuration: DATABASE_URL must be a postgres:// URL');
    },
  );
});

describe('a process started from a directory with a .env file (issue 13, finding 6)', () => {
  it.each(['apps/api/src/main.ts', 'apps/worker/src/main.ts'])('%s reads its settings from it', (entry) => {
    const dir = mkdtempSync(join(tmpdir(), 'tashakkol-env-'));
    writeFileSync(
      join(dir, '.env'),
      [
        'DATABASE_URL=mysql://from-dot-env',
        'REDIS_URL=redis://127.0.0.1:6379',
        `JWT_ACCESS_SECRET=${'s'.repeat(40)}`,
        'ADMIN_EMAIL=admin@test.local',
        'ADMIN_PASSWORD=long-enough-pass',
      ].join('\n'),
    );
    const r = boot(entry, { NODE_ENV: 'development' }, dir);
    expect(r.stderr.trim()).toBe('Invalid configuration: DATABASE_URL must be a postgres:// URL');
  });
});
