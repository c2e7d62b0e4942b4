import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); no browser is ever downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface WebBrowser {
  browser: Browser;
  newPage(options?: { width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/**
 * Headless Chromium in Persian and Tehran time. Playwright gives every launch a fresh, temporary
 * user-data dir of its own (it refuses one passed as an argument) and removes it on close.
 */
export async function launchBrowser(): Promise<WebBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    browser,
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({
        locale: 'fa-IR',
        timezoneId: 'Asia/Tehran',
        viewport: { width, height },
        // As a user who asked for less motion: MUI X Charts then draw at once, so a screenshot never
        // catches a line half-drawn by its entry animation (it did, on the board's score trend).
        reducedMotion: 'reduce',
      });
      return { context, page: await context.newPage() };
    },
    async close() {
      await browser.close();
    },
  };
}

/** Logs in through the app's own form. */
export async function logIn(page: Page, origin: string, email: string, password: string): Promise<void> {
  await page.goto(origin);
  await page.getByLabel('پست الکترونیک').fill(email);
  await page.getByLabel('گذرواژه').fill(password);
  await page.getByRole('button', { name: 'ورود' }).click();
}
