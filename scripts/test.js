#!/usr/bin/env node
// `npm test`: type-check, lint, then every test (unit specs, integration and e2e against the real
// PostgreSQL and Redis; each run gets its own database and queue prefix: test/support/global-setup.ts).
const { spawnSync } = require('child_process');
const path = require('path');
const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function step(title, cmd, args) {
  console.log(`\n== ${title}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  console.log(`== ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const extra = process.argv.slice(2);
if (!process.env.SKIP_STATIC) {
  step('type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  step('type-check (web app)', bin('tsc'), ['-p', 'apps/web/tsconfig.json']);
  step('lint', bin('eslint'), ['apps', 'libs', 'db', 'test', '--no-error-on-unmatched-pattern', 'bench']);
  step('format', bin('prettier'), ['--check', '--log-level', 'warn', '{apps,libs,db,test,bench}/**/*.{ts,tsx}']);
}
step('web app unit tests (Vitest)', bin('vitest'), ['run', '--config', 'apps/web/vite.config.mts']);
step('tests', bin('jest'), ['--ci', '--forceExit', '--maxWorkers=2', ...extra]);
