/**
 * The president's dashboard in Chromium: from pressing «ورود» on the login form to the funnel's
 * figures being on screen, on a throwaway database with the demo seeds and the real API serving
 * the production build. Each run is a fresh browser context (nothing cached). Beside it, in the
 * same runs, a bare baseline: navigating to the app until the login form is visible (index.html
 * and the first chunk, no API call), so a slow machine shows in both. Prints median and p95 of
 * each, and the load average. Goal: ≤ 1.5 s.
 *   npm run build:web && node -r ./scripts/register.js bench/web-dashboard/run.ts [runs=20]
 */
import { ChildProcess } from 'child_process';
import { existsSync } from 'fs';
import { loadavg } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { runSeeds } from '../../db/seeds/run';
import { launchBrowser } from '../../test/web/browser';
import { benchDatabase, login, startServer } from '../support/bench-env';

const runs = Number(process.argv[2] ?? 20);
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
    const baseline: number[] = [];
    const loginCall: number[] = [];
    const loadBefore = loadavg();
    for (let i = 0; i < runs; i++) {
      const { context, page } = await browser.newPage();
      const opened = Date.now();
      await page.goto(origin);
      await page.getByLabel('پست الکترونیک').waitFor({ state: 'visible' });
      baseline.push(Date.now() - opened);
      await page.getByLabel('پست الکترونیک').fill('president@tashakkol.local');
      await page.getByLabel('گذرواژه').fill('demo-password');
      const start = Date.now();
      const answered = page
        .waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'))
        .then(() => loginCall.push(Date.now() - start));
      await page.getByRole('button', { name: 'ورود' }).click();
      await page.getByTestId('funnel-count-development').waitFor({ state: 'visible' });
      times.push(Date.now() - start);
      await answered;
      await context.close();
    }
    const loadAfter = loadavg();
    const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
    console.log(`login → dashboard figures visible, ${runs} runs: ${times.map((t) => `${t}`).join(', ')} ms`);
    console.log(`  median ${quantile(times, 0.5)} ms, p95 ${quantile(times, 0.95)} ms (goal ≤ 1500 ms)`);
    console.log(
      `  of which the login call (argon2id password check): median ${quantile(loginCall, 0.5)} ms, p95 ${quantile(loginCall, 0.95)} ms`,
    );
    const afterLogin = times.map((t, i) => t - loginCall[i]);
    console.log(
      `  login answered → figures visible: median ${quantile(afterLogin, 0.5)} ms, p95 ${quantile(afterLogin, 0.95)} ms`,
    );
    console.log(
      `baseline: open the app → login form visible: median ${quantile(baseline, 0.5)} ms, p95 ${quantile(baseline, 0.95)} ms`,
    );
    console.log(`load average (1/5/15 min) before ${load(loadBefore)}, after ${load(loadAfter)}`);
  } finally {
    await browser.close();
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await db.drop();
  }
}

/** Nearest-rank quantile: the smallest value with at least q of the runs at or below it. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
