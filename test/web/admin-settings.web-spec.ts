import type { Page } from 'playwright-core';
import { logIn } from './browser';
import {
  DEMO,
  DEMO_PASSWORD,
  WebEnv,
  refusalBeside,
  rials,
  screenshot,
  settledSidewaysScroll,
  checkScreen,
  toPersianDigits,
} from './web-env';

jest.setTimeout(400_000);

const BILLION = 1_000_000_000n;
const thisYear = Number(
  /\d+/.exec(
    new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { year: 'numeric', timeZone: 'Asia/Tehran' }).format(
      new Date(),
    ),
  )?.[0],
);
const fa = (n: number) => new Intl.NumberFormat('fa-IR', { useGrouping: false }).format(n);
const ADMIN_MENU = ['کاربران', 'سقف اختیار تأیید', 'بودجه حمایت ها', 'تنظیمات سامانه'];

describe('the administrator runs the system from the web app: users, approval limits, budgets, settings', () => {
  let env: WebEnv;
  beforeAll(async () => {
    env = await WebEnv.start();
  }, 300_000);
  afterAll(async () => {
    await env?.stop();
  });

  const as = (email: string, password: string, work: (page: Page) => Promise<void>) =>
    env.as(email, work, password);
  const asAdmin = (work: (page: Page) => Promise<void>) =>
    as(process.env.ADMIN_EMAIL as string, process.env.ADMIN_PASSWORD as string, work);

  it('creates a staff user who then logs in, and deactivates and reactivates them', async () => {
    const email = 'karshenas.tazeh@tashakkol.local';
    const password = 'kerman pistachio harvest';
    await asAdmin(async (page) => {
      const nav = page.getByRole('navigation');
      await nav.getByRole('heading', { name: 'مدیریت سامانه' }).waitFor();
      for (const item of ADMIN_MENU) await nav.getByRole('link', { name: item, exact: true }).waitFor();
      await nav.getByRole('link', { name: 'کاربران', exact: true }).click();
      await page.getByRole('heading', { name: 'کاربران', level: 1 }).waitFor();
      await page.getByRole('cell', { name: 'علی معاون', exact: true }).waitFor();

      await page.getByRole('button', { name: 'کاربر تازه' }).click();
      await page.getByLabel('نام و نام خانوادگی').fill('سارا کارشناس تازه');
      await page.getByLabel('پست الکترونیک').fill(email);
      // The rules are explained before sending; a too-short one is named as it is typed.
      const passwordField = page.getByLabel('گذرواژه آغازین');
      await page.getByText('دست کم ۱۰ نویسه، با دست کم ۵ نویسه متفاوت').waitFor();
      await passwordField.fill('kerman');
      await page.getByText('هنوز کوتاه است: ۶ نویسه از ۱۰ نویسه.').waitFor();
      // A common password passes the length but the API refuses it, in Persian, beside the field.
      await passwordField.fill('password123');
      await page.getByRole('button', { name: 'ایجاد کاربر' }).click();
      const refusal = await refusalBeside(page, 'گذرواژه آغازین');
      expect(refusal).toMatch(/گذرواژه/);
      expect(refusal).not.toMatch(/[A-Za-z]/);
      await checkScreen(page, 'admin-users-new');

      await passwordField.fill(password);
      await page.getByRole('button', { name: 'ایجاد کاربر' }).click();
      await page.getByText('کاربر «سارا کارشناس تازه» ساخته شد و اکنون می تواند وارد شود.').waitFor();
      const row = page.locator('tbody tr').filter({ hasText: 'سارا کارشناس تازه' });
      await row.waitFor();
      expect(await row.innerText()).toContain('کارشناس اتاق');
      // Exactly: the row's «غیرفعال کردن» button contains «فعال» too.
      await row.getByText('فعال', { exact: true }).waitFor();

      // Filter by role: the approvers only.
      await page.getByRole('combobox', { name: 'نقش' }).click();
      await page.getByRole('option', { name: 'معاون / مدیر' }).click();
      await page.waitForURL(/role=approver/);
      // The list shows the previous page until the filtered one arrives: wait for it to go.
      await page.locator('tbody tr').filter({ hasText: 'سارا کارشناس تازه' }).waitFor({ state: 'detached' });
      await page.getByRole('cell', { name: 'علی معاون', exact: true }).waitFor();
      await expect(page.locator('tbody tr').count()).resolves.toBe(1);
      await checkScreen(page, 'admin-users');
    });

    // The new user logs in with the initial password, as staff, with no administration menu.
    await as(email, password, async (page) => {
      await page.getByText('سارا کارشناس تازه — کارشناس اتاق').waitFor();
      await expect(page.getByRole('navigation').getByText('مدیریت سامانه').count()).resolves.toBe(0);
    });

    await asAdmin(async (page) => {
      await page.goto(`${env.origin}/admin/users?role=staff`);
      await page.getByRole('button', { name: 'غیرفعال کردن سارا کارشناس تازه' }).click();
      await page.getByText('حساب «سارا کارشناس تازه» غیرفعال شد.').waitFor();
      // Exactly: before the change the row's «غیرفعال کردن» button already says «غیرفعال».
      await page
        .locator('tbody tr')
        .filter({ hasText: 'سارا کارشناس تازه' })
        .getByText('غیرفعال', { exact: true })
        .waitFor();
      expect((await env.api.post('/auth/login', { email, password })).status).toBe(401);
      await page.getByRole('button', { name: 'فعال کردن دوباره سارا کارشناس تازه' }).click();
      await page.getByText('حساب «سارا کارشناس تازه» دوباره فعال شد.').waitFor();
      expect((await env.api.post('/auth/login', { email, password })).status).toBe(200);

      // Made a board member of an association found by its Persian name, typed with Arabic letter forms.
      await page.getByRole('button', { name: 'ویرایش سارا کارشناس تازه' }).click();
      const dialog = page.getByRole('dialog', { name: 'ویرایش کاربر «سارا کارشناس تازه»' });
      await dialog.getByRole('combobox', { name: 'نقش' }).click();
      await page.getByRole('option', { name: 'هیئت مدیره تشکل' }).click();
      await dialog.getByRole('combobox', { name: 'تشکل' }).fill('پسته كرمان');
      await page.getByRole('option', { name: DEMO.boardAssociation, exact: true }).click();
      // Meanwhile someone else renames the user: the save is refused as stale and offers a reload.
      const user = (
        await env.api.get('/users?role=staff&pageSize=100', await env.api.adminToken())
      ).body.items.find((u: { email: string }) => u.email === email);
      const renamed = await env.api.patch(
        `/users/${user.id}`,
        { version: user.version, fullName: 'سارا کارشناس' },
        await env.api.adminToken(),
      );
      expect(renamed.status).toBe(200);
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      const conflict = dialog.getByRole('alert').filter({ hasText: 'کس دیگری' });
      await conflict.waitFor();
      await conflict.getByRole('button', { name: 'بارگذاری دوباره' }).click();
      // The new name exactly: the old row («سارا کارشناس تازه») contains it.
      await page.getByRole('cell', { name: 'سارا کارشناس', exact: true }).waitFor();

      await page.getByRole('button', { name: 'ویرایش سارا کارشناس', exact: true }).click();
      const again = page.getByRole('dialog');
      await again.getByRole('combobox', { name: 'نقش' }).click();
      await page.getByRole('option', { name: 'هیئت مدیره تشکل' }).click();
      await again.getByRole('combobox', { name: 'تشکل' }).fill('پسته كرمان');
      await page.getByRole('option', { name: DEMO.boardAssociation, exact: true }).click();
      await again.getByRole('button', { name: 'ذخیره' }).click();
      await page.getByText('تغییرات ذخیره شد.').waitFor();
      await page.goto(`${env.origin}/admin/users?role=board`);
      const board = page.locator('tbody tr').filter({ hasText: 'سارا کارشناس' });
      await board.getByText(DEMO.boardAssociation).waitFor();
      expect(await board.innerText()).toContain('هیئت مدیره تشکل');
    });
  });

  it('gives the approver a limit typed in Persian and Latin digits, and lists it', async () => {
    await asAdmin(async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'سقف اختیار تأیید' }).click();
      await page.getByRole('heading', { name: 'سقف اختیار تأیید', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: 'تأییدکننده' }).click();
      await page.getByRole('option', { name: 'علی معاون' }).click();
      await page.getByRole('combobox', { name: 'نوع حمایت' }).click();
      await page.getByRole('option', { name: 'حمایت مالی', exact: true }).click();
      await page.getByLabel('سقف هر مورد (ریال)').fill('۳٬۰۰۰٬۰۰۰٬۰۰۰');
      await page.getByText(`برابر ${rials(3n * BILLION)}`).waitFor();
      // Less a year than a grant: the API refuses, and the form says so.
      await page.getByLabel('سقف سالانه (ریال)').fill('1000');
      await page.getByRole('button', { name: 'ثبت سقف' }).click();
      await page.getByText('سقف سالانه باید دست کم برابر سقف هر حمایت باشد').waitFor();
      await page.getByLabel('سقف سالانه (ریال)').fill('12000000000');
      await page.getByRole('button', { name: 'ثبت سقف' }).click();
      await page.getByText('سقف ثبت شد.').waitFor();
      const first = page.locator('tbody tr').first();
      await first.filter({ hasText: rials(12n * BILLION) }).waitFor();
      const text = await first.innerText();
      expect(text).toContain('علی معاون');
      expect(text).toContain('حمایت مالی');
      expect(text).toContain(rials(3n * BILLION));
      expect(text).toContain('در کار');
      expect(text).toContain(`${fa(thisYear + 1)}/۰۱/۰۱`);
      await checkScreen(page, 'admin-approval-limits');
    });
    const approver = (await env.api.get('/users?role=approver', await env.api.adminToken())).body.items[0];
    const limits = (
      await env.api.get(
        `/approval-limits?userId=${approver.id}&kindCode=financial`,
        await env.api.adminToken(),
      )
    ).body.items;
    expect(limits[0]).toMatchObject({ perGrant: '3000000000', yearly: '12000000000', active: true });
  });

  it('sets next year’s budget and shows what is reserved, spent and left', async () => {
    const admin = await env.api.adminToken();
    const current = (await env.api.get(`/support-budgets?fiscalYear=${thisYear}`, admin)).body.items as {
      kindCode: string;
      kindNameFa: string;
      unit: string;
      reserved: string;
      available: string;
    }[];
    const seeded = current.find((b) => b.kindCode === 'financial');
    await asAdmin(async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'بودجه حمایت ها' }).click();
      await page.getByRole('heading', { name: 'بودجه حمایت ها', level: 1 }).waitFor();
      if (seeded) {
        const row = page.locator('tbody tr').filter({ hasText: seeded.kindNameFa });
        await row.first().waitFor();
        const text = await row.first().innerText();
        expect(text).toContain(rials(BigInt(seeded.reserved)));
        expect(text).toContain(rials(BigInt(seeded.available)));
      }
      await page.getByRole('combobox', { name: 'سال مالی' }).click();
      await page.getByRole('option', { name: fa(thisYear + 1) }).click();
      await page.getByText(`برای سال ${fa(thisYear + 1)} بودجه ای تعیین نشده است.`).waitFor();
      await page.getByRole('combobox', { name: 'نوع حمایت' }).click();
      await page.getByRole('option', { name: 'حمایت مالی', exact: true }).click();
      await page.getByLabel('مبلغ بودجه (ریال)').fill('۵۰٬۰۰۰٬۰۰۰٬۰۰۰');
      await page.getByRole('button', { name: 'ثبت بودجه' }).click();
      await page.getByText('بودجه ثبت شد.').waitFor();
      const row = page.locator('tbody tr').filter({ hasText: 'حمایت مالی' });
      await row.waitFor();
      const cells = await row.locator('td').allInnerTexts();
      expect(cells.slice(1)).toEqual([rials(50n * BILLION), rials(0n), rials(0n), rials(50n * BILLION)]);
      // The same kind and year a second time: refused, in Persian.
      await page.getByRole('combobox', { name: 'نوع حمایت' }).click();
      await page.getByRole('option', { name: 'حمایت مالی', exact: true }).click();
      await page.getByLabel('مبلغ بودجه (ریال)').fill('1000');
      await page.getByRole('button', { name: 'ثبت بودجه' }).click();
      await page.getByText('بودجه این نوع حمایت برای این سال پیش از این ثبت شده است').waitFor();
      await checkScreen(page, 'admin-budgets');
    });
    const next = (await env.api.get(`/support-budgets?fiscalYear=${thisYear + 1}`, admin)).body.items;
    expect(next).toEqual([
      expect.objectContaining({ kindCode: 'financial', total: '50000000000', reserved: '0' }),
    ]);

    // The president sets budgets too, and sees nothing else of the administration.
    await as(DEMO.president, DEMO_PASSWORD, async (page) => {
      const nav = page.getByRole('navigation');
      await nav.getByRole('heading', { name: 'مدیریت سامانه' }).waitFor();
      await nav.getByRole('link', { name: 'بودجه حمایت ها' }).click();
      await page.getByRole('heading', { name: 'بودجه حمایت ها', level: 1 }).waitFor();
      for (const item of ['کاربران', 'سقف اختیار تأیید', 'تنظیمات سامانه'])
        await expect(nav.getByRole('link', { name: item, exact: true }).count()).resolves.toBe(0);
      await page.goto(`${env.origin}/admin/settings`);
      await page.getByRole('heading', { name: 'یافت نشد' }).waitFor();
    });
  });

  it('turns on move approval, and a staff move then waits for approval', async () => {
    await asAdmin(async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'تنظیمات سامانه' }).click();
      await page.getByRole('heading', { name: 'تنظیمات سامانه', level: 1 }).waitFor();
      const lifecycle = page.getByRole('form', { name: 'مراحل شش گانه' });
      const approval = lifecycle.getByLabel('جابه جایی فاز نیاز به تأیید دارد');
      await lifecycle.getByText('«در انتظار تأیید» می ماند').waitFor();
      expect(await approval.isChecked()).toBe(false);
      await approval.check();
      await lifecycle.getByRole('button', { name: 'ذخیره' }).click();
      await lifecycle.getByText('تغییرات ذخیره شد.').waitFor();

      // A figure the API refuses is named beside its field.
      const kpi = page.getByRole('form', { name: 'امتیاز و هشدارهای عملکرد' });
      await kpi.getByLabel('روزهای ماندن در یک فاز پیش از هشدار').fill('۰');
      await kpi.getByRole('button', { name: 'ذخیره' }).click();
      const refusal = await refusalBeside(page, 'روزهای ماندن در یک فاز پیش از هشدار');
      expect(refusal).not.toMatch(/[A-Za-z]/);
      await kpi.getByLabel('روزهای ماندن در یک فاز پیش از هشدار').fill('۲۰۰');
      await kpi.getByRole('button', { name: 'ذخیره' }).click();
      await kpi.getByText('تغییرات ذخیره شد.').waitFor();
      await checkScreen(page, 'admin-settings');
    });
    const admin = await env.api.adminToken();
    expect((await env.api.get('/lifecycle/settings', admin)).body.transitionsNeedApproval).toBe(true);
    expect((await env.api.get('/kpi/settings', admin)).body.stallDays).toBe(200);

    // Staff move an association back; it now waits for an approver.
    const staff = await env.api.tokenFor(DEMO.staff, DEMO_PASSWORD);
    const all = (await env.api.get('/associations?pageSize=100', admin)).body.items as {
      id: string;
      phase: string;
    }[];
    const moved = all.find((a) => a.phase === 'diagnosis') ?? all.find((a) => a.phase !== 'concept_review');
    const lifecycle = (await env.api.get(`/associations/${moved?.id}/lifecycle`, staff)).body;
    const move = await env.api.post(
      `/associations/${moved?.id}/lifecycle/transitions`,
      { to: 'concept_review', reason: 'گزارش سیاست ها باید بازنگری شود', version: lifecycle.version },
      staff,
    );
    expect(move.status).toBeLessThan(300);
    await as(DEMO.staff, DEMO_PASSWORD, async (page) => {
      await page.goto(`${env.origin}/associations/${moved?.id}/lifecycle`);
      // Staff read that the move waits for an approver, and that nothing else moves meanwhile.
      await page
        .getByText(
          'جابه جایی به «بررسی مفهومی» در انتظار تأیید معاون یا مدیر است؛ تا تصمیم آنان جابه جایی دیگری ثبت نمی شود.',
        )
        .waitFor();
    });
  });

  it('words the precautions of a phase; staff read them on an association in that phase', async () => {
    const admin = await env.api.adminToken();
    const before = (await env.api.get('/lifecycle/phases', admin)).body.phases.find(
      (p: { key: string }) => p.key === 'formation',
    ).precautions as { code: string; textFa: string }[];
    expect(before.length).toBeGreaterThanOrEqual(2);
    const reworded = 'هیئت مدیره را اعضا در مجمع عمومی برمی گزینند؛ اتاق کسی را منصوب نمی کند';
    const added = 'دست کم ۳ جلسه آموزشی پیش از مجمع موسس';
    await asAdmin(async (page) => {
      await page.goto(`${env.origin}/admin/settings`);
      const form = page.getByRole('form', { name: 'احتیاطات اتاق در هر فاز' });
      await form.getByTestId('precaution-row').first().waitFor();
      await page.getByRole('combobox', { name: 'فاز' }).click();
      await page.getByRole('option', { name: '۴. شکل گیری و ساماندهی' }).click();
      // The phase's own precautions, as the model words them.
      await expect(form.getByLabel('متن فارسی احتیاط ۱').inputValue()).resolves.toBe(before[0].textFa);
      await form.getByLabel('متن فارسی احتیاط ۱').fill(reworded);
      await form.getByRole('button', { name: 'حذف احتیاط ۲' }).click();
      await form.getByRole('button', { name: 'افزودن احتیاط' }).click();
      const n = toPersianDigits(before.length);
      // An empty precaution is named before anything is sent.
      await form.getByRole('button', { name: 'ذخیره احتیاطات «شکل گیری و ساماندهی»' }).click();
      await form.getByText('دست کم ۲ نویسه بنویسید.').first().waitFor();
      await form.getByLabel(`متن فارسی احتیاط ${n}`).fill(added);
      await form
        .getByLabel(`متن انگلیسی احتیاط ${n}`)
        .fill('At least 3 training sessions before the founding assembly');
      await form.getByRole('button', { name: 'ذخیره احتیاطات «شکل گیری و ساماندهی»' }).click();
      await form.getByRole('status').getByText('احتیاطات «شکل گیری و ساماندهی» ذخیره شد.').waitFor();
      // The other lifecycle settings still save: they read the same, new, version (no «کس دیگری»).
      const lifecycle = page.getByRole('form', { name: 'مراحل شش گانه' });
      await lifecycle.getByLabel('کمترین شمار اعضای مؤسس').fill('۸');
      await lifecycle.getByRole('button', { name: 'ذخیره' }).click();
      await lifecycle.getByText('تغییرات ذخیره شد.').waitFor();
      await checkScreen(page, 'admin-precautions');
    });
    const after = (await env.api.get('/lifecycle/phases', admin)).body;
    expect(after.settings.minFoundingMembers).toBe(8);
    const texts = after.phases
      .find((p: { key: string }) => p.key === 'formation')
      .precautions.map((p: { textFa: string }) => p.textFa);
    expect(texts).toEqual([reworded, ...before.slice(2).map((p) => p.textFa), added]);

    // Staff see the new wording on an association in formation, with the supports of the phase.
    const inFormation = (await env.api.get('/associations?phase=formation&pageSize=1', admin)).body.items[0];
    await as(DEMO.staff, DEMO_PASSWORD, async (page) => {
      await page.goto(`${env.origin}/associations/${inFormation.id}/lifecycle`);
      const notes = page.getByRole('region', { name: 'حمایت ها و احتیاطات اتاق در «شکل گیری و ساماندهی»' });
      await notes.getByText(added).waitFor();
      const precautions = await notes.getByTestId('phase-precautions').innerText();
      expect(precautions).toContain(reworded);
      expect(precautions).not.toContain(before[1].textFa);
      await expect(
        notes.getByTestId('phase-supports').getByRole('listitem').count(),
      ).resolves.toBeGreaterThan(0);
    });
  });

  it('fits a phone’s width: the four screens have no sideways scroll', async () => {
    const { page, context } = await env.browser.newPage({ width: 390, height: 844 });
    try {
      await logIn(page, env.origin, process.env.ADMIN_EMAIL as string, process.env.ADMIN_PASSWORD as string);
      await page.getByRole('button', { name: 'باز کردن منو' }).waitFor();
      // Each measured once its rows or forms have arrived, not over the page still loading them.
      const screens: [string, string, string][] = [
        ['/admin/users', 'کاربران', 'tbody tr'],
        ['/admin/approval-limits', 'سقف اختیار تأیید', 'tbody tr'],
        ['/admin/budgets', 'بودجه حمایت ها', 'tbody tr'],
        ['/admin/settings', 'تنظیمات سامانه', 'form'],
      ];
      for (const [path, title, content] of screens) {
        await page.goto(`${env.origin}${path}`);
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
        await page.locator(content).first().waitFor();
        expect(await settledSidewaysScroll(page)).toBeLessThanOrEqual(1);
      }
      await screenshot(page, 'admin-settings-phone');
    } finally {
      await context.close();
    }
  });

  it('shows the administration to no other role, and its paths are «یافت نشد» to them', async () => {
    for (const email of [DEMO.staff, DEMO.approver, DEMO.board])
      await as(email, DEMO_PASSWORD, async (page) => {
        await expect(page.getByRole('navigation').getByText('مدیریت سامانه').count()).resolves.toBe(0);
        for (const path of ['/admin/users', '/admin/approval-limits', '/admin/budgets', '/admin/settings']) {
          await page.goto(`${env.origin}${path}`);
          await page.getByRole('heading', { name: 'یافت نشد' }).waitFor();
        }
      });
    // And the API refuses them the writes the screens make.
    const staff = await env.api.tokenFor(DEMO.staff, DEMO_PASSWORD);
    expect((await env.api.get('/users', staff)).status).toBe(403);
  });
});
