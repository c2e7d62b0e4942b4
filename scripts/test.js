#!/usr/bin/env node
// `npm test`: type-check, lint, format, the OpenAPI document check, then every test (unit specs, integration and e2e against the real
// PostgreSQL and Redis; each run gets its own database and queue prefix: test/support/global-setup.ts).
const { spawn, spawnSync } = require('child_process');
const path = require('path');
const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const seconds = (started) => ((Date.now() - started) / 1000).toFixed(1);

function step(title, cmd, args) {
  console.log(`\n== ${title}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  console.log(`== ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${seconds(started)} s`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** A step whose output is held back and printed whole when it ends, so that two can run side by side. */
function quietStep(title, cmd, args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => {
      console.log(`\n== ${title}`);
      if (out.trim()) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      console.log(`== ${title}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds(started)} s`);
      resolve(status ?? 1);
    });
  });
}

/** Runs each lane's steps in turn and the lanes side by side (the machine has two cores); fails if any step failed. */
async function lanes(...all) {
  const results = await Promise.all(
    all.map(async (lane) => {
      for (const [title, cmd, args] of lane) {
        const status = await quietStep(title, cmd, args);
        if (status !== 0) return status;
      }
      return 0;
    }),
  );
  const failed = results.find((s) => s !== 0);
  if (failed !== undefined) process.exit(failed);
}

async function main() {
  const extra = process.argv.slice(2);
  if (!process.env.SKIP_STATIC) {
    await lanes(
      [
        ['type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
        // The committed openapi.json and the web client's types must match the code (npm run openapi writes them).
        ['openapi', process.execPath, [path.join(__dirname, 'openapi.js'), '--check']],
        ['format', bin('prettier'), ['--check', '--log-level', 'warn', '{apps,libs,db,test,bench}/**/*.{ts,tsx}']],
      ],
      [
        ['type-check (web app)', bin('tsc'), ['-p', 'apps/web/tsconfig.json']],
        ['lint', bin('eslint'), ['apps', 'libs', 'db', 'test', '--no-error-on-unmatched-pattern', 'bench']],
      ],
    );
  }
  // The browser tests (test/web) serve this build; the build also checks each first screen's JS budget.
  step('web app build', process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
  step('web app bundle budget', process.execPath, ['apps/web/scripts/bundle-size.mjs']);
  step('web app unit tests (Vitest)', bin('vitest'), ['run', '--config', 'apps/web/vite.config.mts']);
  step('tests', bin('jest'), ['--ci', '--forceExit', '--maxWorkers=2', ...extra]);
}

main();
