import { INestApplicationContext } from '@nestjs/common';
import { AxeBuilder } from '@axe-core/playwright';
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@tashakkol/database';
import { runSeeds } from '../../db/seeds/run';
import { startApi, TestApi } from '../support/api';
import { PrivateDatabase } from '../support/private-database';
import { startWorker } from '../support/worker';
import { launchBrowser, WebBrowser } from './browser';

const ROOT = join(__dirname, '..', '..');
export const SCREENS = join(ROOT, 'test-output', 'screens');
export const DEMO_PASSWORD = 'demo-password';

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
    await runSeeds(ds, { log: () => undefined });
    await ds.destroy();
    const env = { DATABASE_URL: db.url, QUEUE_PREFIX: `${process.env.TEST_RUN_ID}web` };
    const worker = await startWorker(env);
    const api = await startApi(env);
    const browser = await launchBrowser();
    return new WebEnv(api, api.baseUrl.replace('/api/v1', ''), browser, worker, db);
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
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
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

export const toPersianDigits = (n: number | string) =>
  String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
