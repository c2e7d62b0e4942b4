#!/usr/bin/env node
// npm run db:migrate | db:revert | db:seed | db:generate -- <Name>
// Runs TypeORM's own migration runner over db/data-source.ts.
const path = require('path');
const { spawnSync } = require('child_process');
const root = path.join(__dirname, '..');
// The same `.env` the API and the worker read (what the environment sets wins).
require('dotenv').config({ path: path.join(root, '.env'), quiet: true });

async function main() {
  const [command, name] = process.argv.slice(2);
  if (!process.env.DATABASE_URL) {
    console.error('Invalid configuration: DATABASE_URL is required (e.g. postgres://postgres@127.0.0.1:5432/tashakkol)');
    process.exit(1);
  }
  if (command === 'generate') {
    if (!name) throw new Error('usage: npm run db:generate -- <MigrationName>');
    const r = spawnSync(
      process.execPath,
      ['-r', path.join(__dirname, 'register.js'), require.resolve('typeorm/cli.js'), 'migration:generate', '-p', '-d', 'db/data-source.ts', `db/migrations/${name}`],
      { cwd: root, stdio: 'inherit' },
    );
    process.exit(r.status ?? 1);
  }
  require('./register');
  const ds = require('../db/data-source').default;
  await ds.initialize();
  try {
    if (command === 'migrate') {
      const done = await ds.runMigrations({ transaction: 'each' });
      console.log(done.length ? `Applied ${done.length} migration(s): ${done.map((m) => m.name).join(', ')}` : 'Database is up to date');
    } else if (command === 'revert') {
      await ds.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration');
    } else if (command === 'seed') {
      // The admin first: the demo approver's limits are granted by it (the API's own bootstrap is then a no-op).
      const { ADMIN_EMAIL, ADMIN_PASSWORD } = process.env;
      const admin = ADMIN_EMAIL && ADMIN_PASSWORD ? { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } : undefined;
      await require('../db/seeds/run').runSeeds(ds, { log: console.log, admin });
    } else {
      throw new Error(`unknown command ${command}: use migrate, revert, seed or generate`);
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err && err.message ? err.message : err);
  process.exit(1);
});
