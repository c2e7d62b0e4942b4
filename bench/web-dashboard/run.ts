/**
 * The president's dashboard in Chromium: from pressing «ورود» on the login form to the funnel's
 * figures being on screen, on a throwaway database with the demo seeds and the real API serving
 * the production build. Five runs, each in a fresh browser context (nothing cached); prints each
 * and the median. Goal: ≤ 1.5 s.
 *   npm run build:web && node -r ./scripts/register.js bench/web-dashboard/run.ts [runs=5]
 */
import { ChildProcess } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { runSeeds } from '../../db/seeds/run';
import { launchBrowser } from '../../test/web/browser';
import { benchDatabase, login, startServer } from '../support/bench-env';

const runs = Number(process.argv[2] ?? 5);
const PORT = 3914;

async function main() {
  if (!existsSync(join(__dirname, '..', '..', 'apps', 'web', 'dist', 'index.html')))
    throw new Error('no web build: run `npm run build:web` first');
  const db = await benchDatabase();
  const env: Record<string, string> = { ...db.env, PORT: String(PORT) };
  let child: ChildProcess | undefined;
  const browser = await launchBrowser();
  try {
    const ds = await new DataSource(dataSourceOptions(env.DATABASE_URL, 2)).initialize();
    await ds.runMigrations();
    await runSeeds(ds, { log: () => undefined });
    await ds.destroy();
    child = await startServer(join(__dirname, '..', 'read-by-id', 'api-server.ts'), env);
    await login(PORT, 'president@tashakkol.local', 'demo-password'); // warms the API (JIT, pools)
    const origin = `http://127.0.0.1:${PORT}`;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { context, page } = await browser.newPage();
      await page.goto(origin);
      await page.getByLabel('پست الکترونیک').fill('president@tashakkol.local');
      await page.getByLabel('گذرواژه').fill('demo-password');
      const start = Date.now();
      await page.getByRole('button', { name: 'ورود' }).click();
      await page.getByTestId('funnel-count-development').waitFor({ state: 'visible' });
      times.push(Date.now() - start);
      await context.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`login → dashboard figures visible, ${runs} runs: ${times.map((t) => `${t} ms`).join(', ')}`);
    console.log(`  median ${sorted[Math.floor(sorted.length / 2)]} ms (goal ≤ 1500 ms)`);
  } finally {
    await browser.close();
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
