import { eventually } from '../support/worker';
import { logIn } from './browser';
import {
  DEMO,
  DEMO_PASSWORD,
  WebEnv,
  screenshot,
  seriousA11yViolations,
  sidewaysScroll,
  toPersianDigits,
  unreadableText,
} from './web-env';

jest.setTimeout(180_000);

describe('the Persian web app in Chromium', () => {
  let env: WebEnv;
  beforeAll(async () => {
    env = await WebEnv.start();
  }, 300_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('journey 1: the president reads the phase funnel on the dashboard and opens one association’s roadmap', async () => {
    const token = await env.api.tokenFor(DEMO.president, DEMO_PASSWORD);
    // The worker scores the demo data when it first starts; the dashboard follows within seconds
    // (it used to show «۰ تشکل امتیاز دارند» beside the score alerts for up to five minutes).
    const overview = await eventually(
      async () => {
        const body = (await env.api.get('/roadmap/overview', token)).body;
        return body.scores.scored > 0 ? body : undefined;
      },
      30_000,
      500,
    );
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.president, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('html').getAttribute('lang')).toBe('fa');
      for (const p of overview.phases) {
        await expect(page.getByTestId(`funnel-count-${p.phase}`).innerText()).resolves.toBe(
          toPersianDigits(p.count),
        );
      }
      await page.getByText(`${toPersianDigits(overview.scores.scored)} تشکل امتیاز دارند`).waitFor();
      // Each score band is named under its bar (MUI X shortened them all to nothing in a short axis).
      for (const band of ['۰–۱۰', '۵۰–۶۰', '۹۰–۱۰۰'])
        await page.locator('svg').getByText(band, { exact: true }).waitFor();
      await expect(page.getByRole('navigation').innerText()).resolves.toContain('داشبورد نقشه راه');
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'president-dashboard');
      expect(await seriousA11yViolations(page)).toEqual([]);

      const first = overview.phases.find((p: { count: number }) => p.count > 0);
      await page.getByRole('link', { name: first.nameFa, exact: true }).click();
      await page.getByRole('heading', { name: 'فهرست تشکل ها' }).waitFor();
      const rows = page.locator('tbody tr th a');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(first.count);
      await screenshot(page, 'register');
      expect(await seriousA11yViolations(page)).toEqual([]);

      const name = await rows.first().innerText();
      await rows.first().click();
      await page.getByRole('heading', { name: `نقشه راه ${name}` }).waitFor();
      await expect(page.getByText(`فاز کنونی: ${first.nameFa}`).count()).resolves.toBe(1);
      await page.getByRole('heading', { name: 'مسیر فازها' }).waitFor();
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'association-roadmap');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the dashboard fits a phone’s width without sideways scrolling, menu behind a button', async () => {
    const { page, context } = await env.browser.newPage({ width: 390, height: 844 });
    try {
      await logIn(page, env.origin, DEMO.president, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      await page.getByTestId('funnel-count-concept_review').waitFor();
      const overflow = await sidewaysScroll(page);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(page, 'president-dashboard-phone');
      await page.getByRole('button', { name: 'باز کردن منو' }).click();
      await page.getByRole('link', { name: 'فهرست تشکل ها' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('journey 4: a board user sees its own association, and another association’s page says «یافت نشد»', async () => {
    const admin = await env.api.adminToken();
    const all = (await env.api.get('/associations?pageSize=100', admin)).body.items as {
      id: string;
      nameFa: string;
    }[];
    const own = all.find((a) => a.nameFa === DEMO.boardAssociation);
    const other = all.find((a) => a.nameFa !== DEMO.boardAssociation);
    expect(own && other).toBeTruthy();
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.board, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'نقشه راه انجمن پسته کرمان' }).waitFor();
      expect(page.url()).toContain(`/associations/${own?.id}`);
      // The chamber's screens are not in a board's menu.
      await expect(page.getByRole('navigation').innerText()).resolves.not.toContain('داشبورد');
      await screenshot(page, 'board-association');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.goto(`${env.origin}/associations/${other?.id}`);
      await page.getByRole('heading', { name: 'یافت نشد' }).waitFor();
      await expect(page.getByText(other?.nameFa ?? '-').count()).resolves.toBe(0);
      await page.goto(`${env.origin}/dashboard`);
      await page.getByRole('heading', { name: 'یافت نشد' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('an expired access token is refreshed once without the user noticing; a dead session returns to the login form', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.president, DEMO_PASSWORD);
      await page.getByTestId('funnel-count-concept_review').waitFor();
      await page.evaluate(() => {
        const store = (globalThis as any).sessionStorage;
        const s = JSON.parse(store.getItem('tashakkol.session'));
        store.setItem('tashakkol.session', JSON.stringify({ ...s, accessToken: 'expired' }));
      });
      await page.reload();
      await page.getByTestId('funnel-count-concept_review').waitFor();

      await page.evaluate(() => {
        const store = (globalThis as any).sessionStorage;
        const s = JSON.parse(store.getItem('tashakkol.session'));
        store.setItem(
          'tashakkol.session',
          JSON.stringify({ ...s, accessToken: 'expired', refreshToken: 'revoked' }),
        );
      });
      await page.reload();
      await page.getByRole('button', { name: 'ورود' }).waitFor();

      await logIn(page, env.origin, DEMO.president, 'wrong-password');
      await page.getByRole('alert').getByText('پست الکترونیک یا گذرواژه درست نیست.').waitFor();
      await screenshot(page, 'login-refused');
    } finally {
      await context.close();
    }
  });
});
