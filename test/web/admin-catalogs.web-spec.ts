import type { Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, WebEnv, refusalBeside, checkScreen } from './web-env';

jest.setTimeout(300_000);

const CATALOGS: [string, string][] = [
  ['categories', 'رسته ها'],
  ['legal-forms', 'شکل های حقوقی'],
  ['classification-criteria', 'معیارهای تفکیک'],
  ['indicators', 'شاخص های عملکرد'],
  ['support-kinds', 'انواع حمایت'],
];

describe('the administrator keeps the chamber’s catalogs from the web app', () => {
  let env: WebEnv;
  beforeAll(async () => {
    env = await WebEnv.start();
  }, 300_000);
  afterAll(async () => {
    await env?.stop();
  });

  const asAdmin = (work: (page: Page) => Promise<void>) =>
    env.as(process.env.ADMIN_EMAIL as string, work, process.env.ADMIN_PASSWORD as string);

  it('adds a trade category, which the register then offers as a filter', async () => {
    await asAdmin(async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'رسته ها', exact: true }).click();
      await page.getByRole('heading', { name: 'رسته ها', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'رسته تازه' }).click();
      const dialog = page.getByRole('dialog', { name: 'رسته تازه' });
      // A name the catalog already has is refused beside the field, in Persian.
      await dialog.getByLabel('نام فارسی').fill('فرش دستباف');
      await dialog.getByLabel('نام انگلیسی').fill('Ornamental plants');
      await dialog.getByLabel('کد ISIC').fill('0130');
      await dialog.getByLabel('از رسته های مدنظر اتاق').check();
      await dialog.getByRole('button', { name: 'افزودن' }).click();
      expect(await refusalBeside(page, 'نام فارسی')).not.toMatch(/[A-Za-z]/);
      await dialog.getByLabel('نام فارسی').fill('گل و گیاه زینتی');
      await dialog.getByRole('button', { name: 'افزودن' }).click();
      await page.getByText('«گل و گیاه زینتی» افزوده شد.').waitFor();
      const row = page.locator('tbody tr').filter({ hasText: 'گل و گیاه زینتی' });
      expect(await row.innerText()).toContain('۰۱۳۰');
      await checkScreen(page, 'admin-categories');

      await page.getByRole('navigation').getByRole('link', { name: 'فهرست تشکل ها' }).click();
      await page.getByRole('combobox', { name: 'رسته' }).click();
      await page.getByRole('option', { name: 'گل و گیاه زینتی' }).click();
      await page.waitForURL(/categoryId=\d+/);
    });
    const categories = (await env.api.get('/catalogs/categories', await env.api.adminToken())).body;
    expect(categories).toContainEqual(
      expect.objectContaining({ nameFa: 'گل و گیاه زینتی', isic: '0130', priority: true, active: true }),
    );
  });

  it('edits an indicator: a formula that refers to itself is refused beside the field', async () => {
    const admin = await env.api.adminToken();
    const before = (await env.api.get('/indicators/database_coverage', admin)).body;
    await asAdmin(async (page) => {
      await page.goto(`${env.origin}/admin/catalogs/indicators`);
      await page.getByRole('heading', { name: 'شاخص های سنجش عملکرد', level: 1 }).waitFor();
      const edit = page.getByRole('button', { name: `ویرایش ${before.nameFa}`, exact: true });
      await edit.waitFor();
      // At 1280 px the whole table fits: the actions column used to be cut off behind a sideways scroll.
      const table = page.getByRole('table', { name: 'شاخص های سنجش عملکرد' });
      expect(
        await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth),
      ).toBeLessThanOrEqual(1);
      await edit.click();
      const dialog = page.getByRole('dialog', { name: `ویرایش «${before.nameFa}»` });
      await dialog.getByLabel('وزن پیش فرض').fill('۲٫۵');
      await dialog.getByLabel('فرمول').fill('database_coverage * 2');
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      const refusal = await refusalBeside(page, 'فرمول');
      expect(refusal).toContain('فرمول ها دور می زنند و به خود برمی گردند');
      await checkScreen(page, 'admin-indicator-refused');
      expect((await env.api.get('/indicators/database_coverage', admin)).body.version).toBe(before.version);

      await dialog.getByLabel('فرمول').fill(before.formula);
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      await page.getByText(`تغییرات «${before.nameFa}» ذخیره شد.`).waitFor();
      await dialog.waitFor({ state: 'detached' });
    });
    const after = (await env.api.get('/indicators/database_coverage', admin)).body;
    expect(after).toMatchObject({ formula: before.formula, version: before.version + 1 });
    expect(Number(after.defaultWeight)).toBe(2.5);
  });

  it('deactivates a support kind, and a stale edit of it offers to reload', async () => {
    const admin = await env.api.adminToken();
    const venue = (await env.api.get('/support-kinds', admin)).body.find(
      (k: { code: string }) => k.code === 'venue',
    );
    await asAdmin(async (page) => {
      await page.goto(`${env.origin}/admin/catalogs/support-kinds`);
      await page.getByRole('heading', { name: 'انواع حمایت', level: 1 }).waitFor();
      await page.getByRole('button', { name: `غیرفعال کردن ${venue.nameFa}` }).click();
      await page.getByText(`«${venue.nameFa}» غیرفعال شد.`).waitFor();
      await page.getByRole('button', { name: `فعال کردن دوباره ${venue.nameFa}` }).waitFor();

      // Someone else renames it while the admin has it open: the save is refused as stale.
      await page.getByRole('button', { name: `ویرایش ${venue.nameFa}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('ترتیب نمایش').fill('۹۹');
      const current = (await env.api.get('/support-kinds', admin)).body.find(
        (k: { code: string }) => k.code === 'venue',
      );
      const renamed = await env.api.patch(
        '/support-kinds/venue',
        { version: current.version, nameFa: 'محل برگزاری نشست ها' },
        admin,
      );
      expect(renamed.status).toBe(200);
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      const conflict = dialog.getByRole('alert').filter({ hasText: 'کس دیگری' });
      await conflict.getByRole('button', { name: 'بارگذاری دوباره' }).click();
      await page.getByRole('cell', { name: 'محل برگزاری نشست ها', exact: true }).waitFor();
      await checkScreen(page, 'admin-support-kinds');
    });
    expect(
      (await env.api.get('/support-kinds', admin)).body.find((k: { code: string }) => k.code === 'venue'),
    ).toMatchObject({ active: false, nameFa: 'محل برگزاری نشست ها' });
  });

  it('renames a support kind, and the other screens say the new name at once, after a reload too', async () => {
    const admin = await env.api.adminToken();
    const training = (await env.api.get('/support-kinds', admin)).body.find(
      (k: { code: string }) => k.code === 'training',
    );
    const renamed = `${training.nameFa} تخصصی`;
    await asAdmin(async (page) => {
      const nav = page.getByRole('navigation');
      const limits = page.getByRole('table', { name: 'سقف اختیار تأیید' });
      // The approval limits name each kind by the catalog's label, read when the session started.
      await nav.getByRole('link', { name: 'سقف اختیار تأیید', exact: true }).click();
      await limits.getByRole('cell', { name: training.nameFa, exact: true }).first().waitFor();

      await nav.getByRole('link', { name: 'انواع حمایت', exact: true }).click();
      await page.getByRole('button', { name: `ویرایش ${training.nameFa}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('نام فارسی').fill(renamed);
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      await page.getByRole('cell', { name: renamed, exact: true }).waitFor();

      await nav.getByRole('link', { name: 'سقف اختیار تأیید', exact: true }).click();
      await limits.getByRole('cell', { name: renamed, exact: true }).first().waitFor();
      await expect(limits.getByRole('cell', { name: training.nameFa, exact: true }).count()).resolves.toBe(0);
      // A reload within five minutes reads them again (the browser once kept them that long).
      await page.reload();
      await limits.getByRole('cell', { name: renamed, exact: true }).first().waitFor();
    });
  });

  it('lists the other catalogs in Persian', async () => {
    await asAdmin(async (page) => {
      for (const [path, name] of [CATALOGS[1], CATALOGS[2]]) {
        await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
        await page.locator('tbody tr').first().waitFor();
        await checkScreen(page, `admin-${path}`);
      }
    });
  });

  it('shows the catalogs to no other role, and their paths are «یافت نشد»', async () => {
    await env.as(
      DEMO.staff,
      async (page) => {
        const nav = page.getByRole('navigation');
        for (const [, name] of CATALOGS)
          await expect(nav.getByRole('link', { name, exact: true }).count()).resolves.toBe(0);
        for (const [path] of CATALOGS) {
          await page.goto(`${env.origin}/admin/catalogs/${path}`);
          await page.getByRole('heading', { name: 'یافت نشد' }).waitFor();
        }
      },
      DEMO_PASSWORD,
    );
  });
});
