import { INestApplicationContext } from '@nestjs/common';
import { AxeBuilder } from '@axe-core/playwright';
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { BOARD_USER_EMAIL, DEMO_ASSOCIATIONS } from '../../db/seeds/associations.seed';
import { runSeeds } from '../../db/seeds/run';
import { DEMO_PASSWORD } from '../../db/seeds/users.seed';
import { logIn } from './browser';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';
import { eventually, startWorker } from '../support/worker';
import { launchBrowser, WebBrowser } from './browser';

const ROOT = join(__dirname, '..', '..');
export const SCREENS = join(ROOT, 'test-output', 'screens');
export { DEMO_PASSWORD };
/** The demo logins the seeds create (all with DEMO_PASSWORD), and the association of the demo board. */
export const DEMO = {
  staff: 'staff@tashakkol.local',
  approver: 'approver@tashakkol.local',
  president: 'president@tashakkol.local',
  board: BOARD_USER_EMAIL,
  boardAssociation: DEMO_ASSOCIATIONS[0].nameFa,
} as const;

/** The whole system as a user meets it: a fresh database with the demo seeds, the API serving the built app, the worker, Chromium. */
export class WebEnv {
  private constructor(
    readonly api: TestApi,
    readonly origin: string,
    readonly browser: WebBrowser,
    private readonly worker: INestApplicationContext,
    private readonly db: PrivateDatabase,
  ) {}

  static async start(): Promise<WebEnv> {
    if (!existsSync(join(ROOT, 'apps', 'web', 'dist', 'index.html'))) {
      const r = spawnSync(
        process.execPath,
        [
          join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
          'build',
          '--config',
          'apps/web/vite.config.mts',
        ],
        {
          cwd: ROOT,
          stdio: 'inherit',
        },
      );
      if (r.status !== 0) throw new Error('the web app did not build');
    }
    const db = await PrivateDatabase.create();
    const ds = await new DataSource(dataSourceOptions(db.url, 2)).initialize();
    // As `npm run db:seed` does: the admin first, so the demo approver gets the limits it grants.
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = process.env;
    const admin =
      ADMIN_EMAIL && ADMIN_PASSWORD ? { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } : undefined;
    await runSeeds(ds, { log: () => undefined, admin });
    await ds.destroy();
    // Its API and worker share a queue prefix of their own (scopedEnv): not another web file's.
    const env = { DATABASE_URL: db.url };
    const worker = await startWorker(env);
    const api = await startApi(env);
    const browser = await launchBrowser();
    return new WebEnv(api, api.baseUrl.replace('/api/v1', ''), browser, worker, db);
  }

  /** Logs in as `email` in a fresh browser context, waits for the menu, does `work`, closes it. */
  async as(email: string, work: (page: Page) => Promise<void>, password = DEMO_PASSWORD): Promise<void> {
    const { page, context } = await this.browser.newPage();
    try {
      await logIn(page, this.origin, email, password);
      await page.getByRole('navigation').waitFor();
      await work(page);
    } finally {
      await context.close();
    }
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.api?.close();
    await this.worker?.close();
    await this.db?.drop();
  }
}

/** A full-page picture of what the user sees, under test-output/screens/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** Accessibility problems that stop or seriously hinder a user (axe-core, WCAG 2 A/AA). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Only the violations are collected: axe then skips describing every passing node (faster, same verdict).
  // Legacy mode runs axe.run() in the page itself instead of axe.finishRun() in a blank page of its own:
  // a third of the time (0.35 s against 0.9–1 s a check) and the same violations, since the app has no
  // cross-origin frames (the only thing the blank page is for).
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

/** What a Persian reader must never see in the main content: Latin digits or leaked programmer words. */
export async function unreadableText(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText();
  const found: string[] = [];
  if (/[0-9]/.test(text)) found.push(`Latin digits: ${text.match(/.{0,20}[0-9].{0,20}/)?.[0]}`);
  for (const word of ['undefined', 'null', 'NaN', 'Invalid Date', '[object Object]'])
    if (text.includes(word)) found.push(word);
  return found;
}

/** A main screen as a reader meets it: nothing unreadable, a picture of it, no serious axe violation. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await unreadableText(page)).toEqual([]);
  await screenshot(page, name);
  expect(await seriousA11yViolations(page)).toEqual([]);
}

export const toPersianDigits = (n: number | string) =>
  String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

/**
 * A status as its chip shows it: the exact words, since a status is often also inside a label on the
 * same page before the step that sets it («تأیید شده» in the budget's «رزرو شده (تأیید شده)»).
 */
export const statusChip = (page: Page, status: string) => page.getByText(status, { exact: true }).first();

/** How far the page scrolls sideways (px): at a phone's width it must not. */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number } };
      innerWidth: number;
    };
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });
}

/**
 * The sideways scroll once the layout has settled (up to 10 s for it to stop overflowing, as after a
 * resize or a late font). Wait first for the content the check is about: an empty page always fits.
 */
export async function settledSidewaysScroll(page: Page): Promise<number> {
  await eventually(async () => ((await sidewaysScroll(page)) <= 1 ? true : undefined), 10_000).catch(
    () => undefined,
  );
  return sidewaysScroll(page);
}

/** The Jalali quarter `now` is in, and the one before it, in Tehran (`1405-Q3`, `1405-Q2`). */
export function jalaliQuarters(now: Date): { current: string; previous: string } {
  const parts = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
    timeZone: 'Asia/Tehran',
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(now);
  const year = Number.parseInt(parts.find((p) => p.type === 'year')?.value ?? '', 10);
  const quarter = Math.ceil(Number(parts.find((p) => p.type === 'month')?.value) / 3);
  return {
    current: `${year}-Q${quarter}`,
    previous: quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`,
  };
}

/** An amount as the app shows it: Persian digits with separators and «ریال». */
export const rials = (n: bigint) => `${new Intl.NumberFormat('fa-IR').format(n)} ریال`;

/** The Persian text under a field (its helper, or the API's refusal), once the field is marked invalid. */
export async function refusalBeside(page: Page, label: string): Promise<string> {
  const field = page.getByLabel(label);
  await page.waitForFunction(
    (l) =>
      [...(globalThis as any).document.querySelectorAll('label')].some(
        (el: any) => el.textContent.replace('*', '').trim() === l && el.classList.contains('Mui-error'),
      ),
    label,
  );
  const describedBy = await field.getAttribute('aria-describedby');
  return page.locator(`[id="${describedBy}"]`).innerText();
}
