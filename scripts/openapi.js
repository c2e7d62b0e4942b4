#!/usr/bin/env node
// `npm run openapi`: writes openapi.json (the API's document) and apps/web/src/api/schema.d.ts (its types).
// `npm run openapi -- --check`: regenerates both into a temporary folder and fails if the committed ones differ.
// No database or Redis is needed: the app is built in Nest's preview mode and the URLs below lead nowhere.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const FILES = { document: 'openapi.json', types: 'apps/web/src/api/schema.d.ts' };
const check = process.argv.includes('--check');

function run(args, env) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function generate(outDir) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
    REDIS_URL: 'redis://127.0.0.1:1',
    QUEUE_BACKEND: 'redis',
    JWT_ACCESS_SECRET: 'openapi-export-needs-no-real-secret-here',
    ADMIN_EMAIL: 'openapi@export.invalid',
    ADMIN_PASSWORD: 'openapi-export',
    LOG_LEVEL: 'silent',
  };
  const document = path.join(outDir, FILES.document);
  const types = path.join(outDir, FILES.types);
  run(['-r', path.join(__dirname, 'register.js'), path.join(root, 'apps/api/src/openapi-export.ts'), document], env);
  fs.mkdirSync(path.dirname(types), { recursive: true });
  run([path.join(root, 'node_modules/openapi-typescript/bin/cli.js'), document, '-o', types, '--silent'], env);
  // Formatted like the rest of the code base, so `prettier --check` and the diff agree.
  run([path.join(root, 'node_modules/prettier/bin/prettier.cjs'), '--log-level', 'warn', '--write', types], env);
}

if (!check) {
  generate(root);
  console.log(`Wrote ${FILES.document} and ${FILES.types}`);
} else {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-'));
  try {
    generate(tmp);
    const stale = Object.values(FILES).filter((f) => {
      const committed = path.join(root, f);
      return !fs.existsSync(committed) || fs.readFileSync(committed, 'utf8') !== fs.readFileSync(path.join(tmp, f), 'utf8');
    });
    if (stale.length) {
      console.error(`${stale.join(' and ')} out of date with the code: run \`npm run openapi\` and commit the result`);
      process.exit(1);
    }
    console.log(`${FILES.document} and ${FILES.types} match the code`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
