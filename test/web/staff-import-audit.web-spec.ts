import { readFileSync } from 'fs';
import { FIELD_LABELS_FA } from '@tashakkol/shared';
import { logIn } from './browser';
import {
  DEMO,
  DEMO_PASSWORD,
  WebEnv,
  screenshot,
  seriousA11yViolations,
  toPersianDigits,
  unreadableText,
} from './web-env';

jest.setTimeout(180_000);

const BOARD_ASSOCIATION = DEMO.boardAssociation;

describe('import and export of the register, and a board’s audit trail, in Chromium', () => {
  let env: WebEnv;
  beforeAll(async () => {
    env = await WebEnv.start();
  }, 300_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('staff import a CSV with one bad row, read the row report in Persian, fix it, and find the good rows in the register; then export it', async () => {
    const staff = await env.api.tokenFor(DEMO.staff, DEMO_PASSWORD);
    const categoryId = (await env.api.get('/catalogs/categories', staff)).body[0].id as number;
    const legalForm = (await env.api.get('/catalogs/legal-forms', staff)).body[0].code as string;
    const tag = Math.random().toString(36).slice(2, 7);
    const good = [`انجمن زعفران بم ${tag}`, `انجمن خرمای جیرفت ${tag}`];
    const header = 'nameFa,legalForm,scope,membershipType,categoryId,city';
    const row = (name: string, scope: string) => `${name},${legalForm},${scope},firms,${categoryId},کرمان`;
    const withBadRow = [
      header,
      row(good[0], 'provincial'),
      row(`انجمن نادرست ${tag}`, 'everywhere'),
      row(good[1], 'national'),
    ].join('\n');
    const fixed = [header, row(good[0], 'provincial'), row(good[1], 'national')].join('\n');

    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.staff, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      await page.getByRole('link', { name: 'فهرست تشکل ها' }).click();
      await page.getByRole('link', { name: 'ورود از فایل' }).click();
      await page.getByRole('heading', { name: 'ورود تشکل ها از فایل' }).waitFor();

      const input = page.locator('input[type=file]');
      await input.setInputFiles({
        name: 'associations.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(withBadRow),
      });
      await page.getByText('associations.csv').waitFor();
      await page.getByRole('button', { name: 'بررسی و ورود' }).click();

      const report = page.getByRole('table', { name: 'گزارش ردیف های نادرست' });
      await report.waitFor();
      // The third line of the file (the header is line 1) is the bad one, named with its field in Persian.
      const bad = report.getByTestId('problem-line-3');
      await expect(bad.count()).resolves.toBe(1);
      const cells = await bad.locator('th, td').allInnerTexts();
      expect(cells[0]).toBe(toPersianDigits(3));
      expect(cells[1]).toBe(FIELD_LABELS_FA.scope);
      expect(cells[2]).toMatch(/[\u0600-\u06FF]/);
      await expect(report.locator('tbody tr').count()).resolves.toBe(1);
      await expect(page.getByRole('alert').first().innerText()).resolves.toContain('هیچ ردیفی وارد نشد');
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'import-report');
      expect(await seriousA11yViolations(page)).toEqual([]);
      // Nothing was imported.
      const none = await env.api.get(`/associations?q=${encodeURIComponent(tag)}`, staff);
      expect(none.body.total).toBe(0);

      await input.setInputFiles({ name: 'fixed.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
      await page.getByRole('button', { name: 'بررسی و ورود' }).click();
      await page.getByText(`${toPersianDigits(2)} تشکل وارد فهرست شد.`).waitFor();
      await report.waitFor({ state: 'detached' });

      await page.getByRole('link', { name: 'دیدن فهرست' }).click();
      await page.getByRole('heading', { name: 'فهرست تشکل ها' }).waitFor();
      await page.getByLabel('جستجوی نام تشکل').fill(tag);
      // The search runs once typing pauses; then the register lists exactly the two imported rows.
      await page.waitForURL(/[?&]q=/);
      await page.waitForFunction(
        () => (globalThis as any).document.querySelectorAll('tbody tr th a').length === 2,
      );
      for (const name of good) await page.getByRole('link', { name, exact: true }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'دریافت CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^associations-.*\.csv$/);
      const csv = readFileSync((await download.path()) as string, 'utf8');
      // The export follows the filter on screen: the two imported rows and the header.
      for (const name of good) expect(csv).toContain(name);
      expect(csv.trim().split(/\r?\n/)).toHaveLength(3);
      await page.getByText(/فایل associations-.*\.csv .* دریافت شد/).waitFor();

      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'دریافت اکسل (XLSX)' }).click(),
      ]);
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      expect(
        readFileSync((await xlsx.path()) as string)
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
    } finally {
      await context.close();
    }
  });

  it('a board opens its audit trail and sees its own change, and no other association’s entries', async () => {
    const board = await env.api.tokenFor(DEMO.board, DEMO_PASSWORD);
    const admin = await env.api.adminToken();
    const all = (await env.api.get('/associations?pageSize=100', admin)).body.items as {
      id: string;
      nameFa: string;
    }[];
    const own = all.find((a) => a.nameFa === BOARD_ASSOCIATION);
    const other = all.find((a) => a.nameFa !== BOARD_ASSOCIATION);
    if (!own || !other) throw new Error('the demo seeds have no board association');
    // The board changes its contact (an action of its own), and staff change another association.
    const current = (await env.api.get(`/associations/${own.id}`, board)).body;
    const patched = await env.api.patch(
      `/associations/${own.id}`,
      { contact: { phone: '034-32221234' }, version: current.version },
      board,
    );
    expect(patched.status).toBe(200);
    const staff = await env.api.tokenFor(DEMO.staff, DEMO_PASSWORD);
    const theirs = (await env.api.get(`/associations/${other.id}`, staff)).body;
    expect(
      (await env.api.patch(`/associations/${other.id}`, { city: 'رفسنجان', version: theirs.version }, staff))
        .status,
    ).toBe(200);
    const ownTotal = (await env.api.get(`/audit?associationId=${own.id}&pageSize=1`, admin)).body
      .total as number;
    const everyTotal = (await env.api.get('/audit?pageSize=1', admin)).body.total as number;
    expect(everyTotal).toBeGreaterThan(ownTotal);

    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.board, DEMO_PASSWORD);
      await page.getByRole('heading', { name: `نقشه راه ${BOARD_ASSOCIATION}` }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'سابقه تغییرات تشکل من' }).click();
      await page.getByRole('heading', { name: `سابقه تغییرات ${BOARD_ASSOCIATION}` }).waitFor();
      const first = page.getByTestId('audit-entry').first();
      await first.waitFor();
      // Newest first: the board's own contact change, by «شما», with a Jalali time in Persian digits.
      const cells = await first.locator('th, td').allInnerTexts();
      expect(cells[0]).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/);
      expect(cells[1]).toContain('شما');
      expect(cells[2]).toBe('ویرایش مشخصات تشکل');
      // Only its own association's entries: as many as the API holds for it, none of the other's.
      await page.getByText(new RegExp(`از ${toPersianDigits(ownTotal)}$`)).waitFor();
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'board-audit');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.goto(`${env.origin}/associations/${other.id}/audit`);
      await page.getByRole('heading', { name: 'یافت نشد' }).waitFor();
      await expect(page.getByTestId('audit-entry').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });

  it('chamber staff reach any association’s audit trail from its page', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.staff, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      await page.getByRole('link', { name: 'فهرست تشکل ها' }).click();
      await page.getByLabel('جستجوی نام تشکل').fill(BOARD_ASSOCIATION);
      await page.getByRole('link', { name: BOARD_ASSOCIATION, exact: true }).click();
      await page.getByRole('link', { name: 'سابقه تغییرات' }).click();
      await page.getByRole('heading', { name: `سابقه تغییرات ${BOARD_ASSOCIATION}` }).waitFor();
      // The board's contact change (the first test's): staff read who made it by name, with the role.
      const change = page.getByTestId('audit-entry').filter({ hasText: 'ویرایش مشخصات تشکل' }).first();
      await change.waitFor();
      const who = (await change.locator('th, td').allInnerTexts())[1];
      expect(who).toBe('محمدرضا صادقی (هیئت مدیره انجمن پسته) (هیئت مدیره تشکل)');
    } finally {
      await context.close();
    }
  });
});
