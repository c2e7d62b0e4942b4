#!/usr/bin/env node
// `npm test`: type-check, lint, format, the OpenAPI document check, then every test (unit specs, integration and e2e against the real
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
  // The committed openapi.json and the web client's types must match the code (npm run openapi writes them).
  step('openapi', process.execPath, [path.join(__dirname, 'openapi.js'), '--check']);
}
// The browser tests (test/web) serve this build; the build also checks each first screen's JS budget.
step('web app build', process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
step('web app bundle budget', process.execPath, ['apps/web/scripts/bundle-size.mjs']);
step('web app unit tests (Vitest)', bin('vitest'), ['run', '--config', 'apps/web/vite.config.mts']);
step('tests', bin('jest'), ['--ci', '--forceExit', '--maxWorkers=2', ...extra]);
