import { logIn } from './browser';
import { DEMO, DEMO_PASSWORD, WebEnv, toPersianDigits, checkScreen } from './web-env';

jest.setTimeout(600_000);

const ASSOCIATION = DEMO.boardAssociation;
const DELEGATE = 'زهرا جانشین';

/** What staff and approvers used to do by JSON: list filters, delegation, a seat's correction, weights. */
describe('staff and approver forms in Chromium', () => {
  let env: WebEnv;
  let admin: string;
  let staffToken: string;
  let approverToken: string;
  let associationId: string;

  beforeAll(async () => {
    env = await WebEnv.start();
    admin = await env.api.adminToken();
    staffToken = await env.api.tokenFor(DEMO.staff, DEMO_PASSWORD);
    approverToken = await env.api.tokenFor(DEMO.approver, DEMO_PASSWORD);
    const all = (await env.api.get('/associations?pageSize=100', admin)).body.items as {
      id: string;
      nameFa: string;
    }[];
    associationId = all.find((a) => a.nameFa === ASSOCIATION)?.id ?? '';
    expect(associationId).not.toBe('');
    const delegate = await env.api.post(
      '/users',
      {
        email: 'deputy2@tashakkol.local',
        password: 'Kerman-Deputy-2026!',
        fullName: DELEGATE,
        role: 'approver',
      },
      admin,
    );
    expect(delegate.status).toBe(201);
  }, 600_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('staff filter the supports list by kind, phase and fiscal year, kept in the URL', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.staff, DEMO_PASSWORD);
      await page.getByRole('button', { name: 'خروج' }).waitFor();
      await page.goto(`${env.origin}/supports`);
      await page.getByRole('heading', { name: 'حمایت ها', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: 'نوع حمایت' }).click();
      await page.getByRole('option', { name: 'حمایت مالی' }).click();
      await page.getByRole('combobox', { name: 'سال مالی' }).click();
      const years = await page.getByRole('option').allInnerTexts();
      expect(years.slice(1).every((y) => /^[۰-۹]{4}$/.test(y))).toBe(true);
      await page.getByRole('option').nth(2).click();
      await page.waitForURL(/kind=financial.*fiscalYear=\d{4}|fiscalYear=\d{4}.*kind=financial/);
      const year = new URL(page.url()).searchParams.get('fiscalYear');
      const expected = await env.api.get(`/supports?kind=financial&fiscalYear=${year}`, staffToken);
      expect(expected.status).toBe(200);
      if (expected.body.total === 0) await page.getByText('حمایتی با این مشخصات نیست.').waitFor();
      else await page.getByText(`از ${toPersianDigits(expected.body.total)}`, { exact: false }).waitFor();
      // And by association: after a reload the picker still names it (it read empty, the list filtered).
      await page.getByRole('combobox', { name: 'تشکل' }).fill('پسته');
      await page.getByRole('option', { name: DEMO.boardAssociation, exact: true }).click();
      await page.waitForURL(/associationId=/);
      await page.reload();
      await expect(page.getByRole('combobox', { name: 'سال مالی' }).innerText()).resolves.toBe(
        toPersianDigits(year ?? ''),
      );
      const picker = page.getByRole('combobox', { name: 'تشکل' });
      await picker.evaluate(
        (input, name) =>
          new Promise<void>((resolve) => {
            const check = () =>
              (input as unknown as { value: string }).value === name ? resolve() : setTimeout(check, 50);
            check();
          }),
        DEMO.boardAssociation,
      );
      await expect(picker.inputValue()).resolves.toBe(DEMO.boardAssociation);
      // At 1280 px the five filters sit in one row (the fiscal year used to wrap to a row of its own).
      const tops = await Promise.all(
        ['تشکل', 'وضعیت', 'نوع حمایت', 'فاز در زمان درخواست', 'سال مالی'].map(async (name) =>
          Math.round((await page.getByRole('combobox', { name }).boundingBox())?.y ?? -1),
        ),
      );
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(20); // a second row starts ~70 px lower
      await checkScreen(page, 'supports-filtered');
    } finally {
      await context.close();
    }
  });

  it('an approver delegates within their own limit; beyond it the Persian refusal shows beside the amount', async () => {
    const mine = (await env.api.get('/approval-limits/mine', approverToken)).body as {
      limits: { kindCode: string; perGrant: string }[];
    };
    const own = mine.limits.find((l) => l.kindCode === 'financial');
    expect(own).toBeDefined();
    const over = (BigInt(own?.perGrant ?? '0') + 1n).toString();
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.approver, DEMO_PASSWORD);
      await page.getByRole('button', { name: 'خروج' }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'سقف اختیار من و تفویض' }).click();
      await page.getByRole('heading', { name: 'سقف اختیار من و تفویض آن', level: 1 }).waitFor();
      await page.locator('tr[data-kind="financial"]').waitFor();
      await page.getByRole('combobox', { name: 'به' }).click();
      await page.getByRole('option', { name: DELEGATE }).click();
      await page.getByRole('combobox', { name: 'نوع حمایت' }).click();
      await page.getByRole('option', { name: 'حمایت مالی' }).click();
      await page.getByLabel('سقف هر حمایت (ریال)').fill(toPersianDigits(over));
      await page.getByLabel('سقف سالانه (ریال)').fill(toPersianDigits(over));
      await page.getByRole('button', { name: 'ثبت تفویض' }).click();
      await page
        .getByText('تفویض اختیار نمی تواند از سقف یا دوره اختیار خود شما بیشتر باشد', { exact: false })
        .waitFor();
      await page.getByLabel('سقف هر حمایت (ریال)').fill('۵۰۰٬۰۰۰٬۰۰۰');
      await page.getByLabel('سقف سالانه (ریال)').fill('1000000000');
      await page.getByRole('button', { name: 'ثبت تفویض' }).click();
      await page.getByRole('status').getByText(`تفویض به «${DELEGATE}» ثبت شد.`).waitFor();
      const row = page
        .getByRole('region', { name: 'تفویض های من' })
        .getByRole('row', { name: new RegExp(DELEGATE) });
      await expect(row.innerText()).resolves.toContain('۵۰۰٬۰۰۰٬۰۰۰ ریال');
      const after = (await env.api.get('/approval-limits/mine', approverToken)).body.delegated as {
        userName: string;
        perGrant: string;
        yearly: string;
      }[];
      expect(after[0]).toMatchObject({ userName: DELEGATE, perGrant: '500000000', yearly: '1000000000' });
      await checkScreen(page, 'approver-delegation');
    } finally {
      await context.close();
    }
  });

  it('staff correct a board seat; a seat changed meanwhile gets the 409 and a reload', async () => {
    const seat = await env.api.post(
      `/associations/${associationId}/board-members`,
      { fullName: 'حسین کرمانى', role: 'member', termStart: '2025-05-01', electedBy: 'general_assembly' },
      staffToken,
    );
    expect(seat.status).toBe(201);
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.staff, DEMO_PASSWORD);
      await page.getByRole('button', { name: 'خروج' }).waitFor();
      await page.goto(`${env.origin}/associations/${associationId}/board`);
      await page.getByRole('button', { name: 'ویرایش حسین کرمانى' }).click();
      const dialog = page.getByRole('dialog', { name: 'ویرایش «حسین کرمانى»' });
      // The board already has a serving treasurer: the refusal stays in the dialog, beside the role.
      await dialog.getByLabel('سمت').click();
      await page.getByRole('option', { name: 'خزانه دار' }).click();
      await dialog.getByRole('button', { name: 'ثبت' }).click();
      // Exactly this: without a field label in front (it read «نقش: …», a user's role, beside «سمت»).
      await dialog
        .getByText('این سمت هیئت مدیره هم اکنون پر است؛ نخست دوره عضو کنونی را پایان دهید', { exact: true })
        .waitFor();
      await dialog.getByLabel('سمت').click();
      await page.getByRole('option', { name: 'عضو هیئت مدیره' }).click();
      await dialog.getByLabel('نام و نام خانوادگی').fill('حسین کرمانی');
      await dialog.getByLabel('شرکت یا بنگاه').fill('خشکبار کرمان');
      await checkScreen(page, 'staff-board-edit');
      await dialog.getByRole('button', { name: 'ثبت' }).click();
      await page.getByRole('status').getByText('مشخصات «حسین کرمانی» ثبت شد.').waitFor();
      const saved = await env.api.get(`/associations/${associationId}/board-members`, staffToken);
      const row = (
        saved.body.items as { id: string; fullName: string; role: string; version: number }[]
      ).find((m) => m.id === seat.body.id);
      expect(row).toMatchObject({ fullName: 'حسین کرمانی', firmName: 'خشکبار کرمان', role: 'member' });

      // Someone else changes it while the dialog is open.
      await page.getByRole('button', { name: 'ویرایش حسین کرمانی' }).click();
      const again = page.getByRole('dialog', { name: 'ویرایش «حسین کرمانی»' });
      const other = await env.api.patch(
        `/associations/${associationId}/board-members/${seat.body.id}`,
        { version: row?.version, firmName: 'پسته رفسنجان' },
        admin,
      );
      expect(other.status).toBe(200);
      await again.getByLabel('نام و نام خانوادگی').fill('حسین کرمانی نژاد');
      await again.getByRole('button', { name: 'ثبت' }).click();
      await again.getByRole('alert').getByText('کس دیگری', { exact: false }).waitFor();
      await again.getByRole('button', { name: 'بارگذاری دوباره' }).click();
      await page
        .getByRole('row', { name: /حسین کرمانی/ })
        .getByText('پسته رفسنجان')
        .waitFor();
    } finally {
      await context.close();
    }
  });

  it("staff set an indicator's weight: out of range is refused beside it, then saved", async () => {
    const targets = (await env.api.get(`/associations/${associationId}/targets`, staffToken)).body.items as {
      indicatorCode: string;
      nameFa: string;
      publicPolicy: boolean;
    }[];
    const ind = targets.find((t) => !t.publicPolicy);
    expect(ind).toBeDefined();
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, DEMO.staff, DEMO_PASSWORD);
      await page.getByRole('button', { name: 'خروج' }).waitFor();
      await page.goto(`${env.origin}/associations/${associationId}/targets`);
      const row = page.locator(`tr[data-indicator="${ind?.indicatorCode}"]`);
      await page.getByLabel(`خط پایه «${ind?.nameFa}»`).fill('۴');
      await page.getByLabel(`هدف «${ind?.nameFa}»`).fill('۹');
      await page.getByLabel(`وزن «${ind?.nameFa}»`).fill('۱۲۰');
      await page.getByRole('button', { name: 'ذخیره اهداف' }).click();
      await row.getByText('وزن عددی میان ۰ و ۱۰۰ است').waitFor();
      await page.getByLabel(`وزن «${ind?.nameFa}»`).fill('۷٫۵');
      await page.getByRole('button', { name: 'ذخیره اهداف' }).click();
      await page.getByRole('status').getByText('اهداف ذخیره شد', { exact: false }).waitFor();
      const saved = (await env.api.get(`/associations/${associationId}/targets`, staffToken)).body.items as {
        indicatorCode: string;
        weightOverride: string | null;
      }[];
      expect(Number(saved.find((t) => t.indicatorCode === ind?.indicatorCode)?.weightOverride)).toBe(7.5);
      await page.getByTestId('agreement-state').waitFor();
      await checkScreen(page, 'staff-targets-weights');
    } finally {
      await context.close();
    }
  });
});
