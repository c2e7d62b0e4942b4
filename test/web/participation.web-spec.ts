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

jest.setTimeout(240_000);

const BOARD = DEMO.board;
const STAFF = DEMO.staff;
/** What each of the five members answers on every Likert item: item means 3.6. */
const CHOICES = [5, 4, 4, 3, 2];
const LIKERT_FA: Record<number, string> = { 1: 'خیلی کم', 2: 'کم', 3: 'متوسط', 4: 'زیاد', 5: 'خیلی زیاد' };
const choice = (v: number) => `${toPersianDigits(v)} — ${LIKERT_FA[v]}`;

/** Waits until `read` gives `expected` (the screen catches up with a search or a save). */
async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (last !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    last = await read();
  }
  expect(last).toBe(expected);
}

describe('the members’ voice in Chromium: registry, one-time survey and ballot pages, results', () => {
  let env: WebEnv;
  let associationId: string;
  let boardToken: string;
  let staffToken: string;
  let run: { id: string };
  let links: { token: string; path: string; memberNameFa: string }[];

  beforeAll(async () => {
    env = await WebEnv.start();
    const login = await env.api.post('/auth/login', { email: BOARD, password: DEMO_PASSWORD });
    boardToken = login.body.accessToken;
    associationId = login.body.user.associationId;
    staffToken = await env.api.tokenFor(STAFF, DEMO_PASSWORD);
    const names = [
      'شرکت کرمان‌پسته',
      'شرکت زعفران نوین',
      'بازرگانی کویر',
      'علی رضایی',
      'سارا نادری',
      'فرآوری خرمای بم',
    ];
    for (const [i, nameFa] of names.entries()) {
      const res = await env.api.post(
        `/associations/${associationId}/members`,
        {
          kind: i === 3 || i === 4 ? 'person' : 'firm',
          nameFa,
          identifier: `${20_000_000 + i}`,
          phone: '09131234567',
          joinedOn: '2024-03-20',
          duesStatus: i % 2 ? 'paid' : 'due',
        },
        boardToken,
      );
      expect(res.status).toBe(201);
    }
    const sent = await env.api.post(
      `/associations/${associationId}/survey-runs`,
      { surveyCode: 'member_satisfaction', fiscalYear: 1405 },
      staffToken,
    );
    expect(sent.status).toBe(201);
    run = sent.body.run;
    links = sent.body.links;
    expect(links).toHaveLength(names.length);
  }, 300_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('five members answer on a phone through their one-time links; a reused link and a forged one get their Persian pages', async () => {
    const { page, context } = await env.browser.newPage({ width: 390, height: 844 });
    try {
      for (const [n, value] of CHOICES.entries()) {
        await page.goto(`${env.origin}${links[n].path}`);
        await page.getByRole('heading', { name: 'نظرسنجی رضایت اعضا' }).waitFor();
        const groups = page.getByRole('radiogroup');
        expect(await groups.count()).toBe(5);
        if (n === 0) {
          // No session, no menu: the member sees only the questionnaire, readable at a phone's width.
          await expect(page.getByRole('button', { name: 'خروج' }).count()).resolves.toBe(0);
          expect(await sidewaysScroll(page)).toBeLessThanOrEqual(1);
          expect(await unreadableText(page)).toEqual([]);
          await screenshot(page, 'survey-answer-phone');
          expect(await seriousA11yViolations(page)).toEqual([]);

          // Sending nothing names every unanswered question beside it.
          await page.getByRole('button', { name: 'ثبت پاسخ ها' }).click();
          // count() does not wait: wait for the fifth refusal to be drawn, then for no sixth.
          await page.getByText('پاسخ به این پرسش لازم است').nth(4).waitFor();
          await expect(page.getByText('پاسخ به این پرسش لازم است').count()).resolves.toBe(5);

          // Keyboard: a radio group is reached and changed with the arrow keys.
          await groups
            .nth(0)
            .getByRole('radio', { name: choice(3) })
            .focus();
          await page.keyboard.press('Space');
          await page.keyboard.press('ArrowDown');
          await expect(
            groups
              .nth(0)
              .getByRole('radio', { name: choice(4) })
              .isChecked(),
          ).resolves.toBe(true);
        }
        for (let g = 0; g < 5; g++)
          await groups
            .nth(g)
            .getByRole('radio', { name: choice(value) })
            .check();
        if (n === 1) await page.getByLabel('پاسخ شما').fill('برگزاری دوره های آموزشی صادرات بیشتر شود');

        if (n === 0) {
          // A value the radios cannot produce, sent as if tampered with: the API's Persian refusal
          // appears beside that item, and the link still works afterwards.
          await page.route('**/api/v1/survey-links/*', async (route) => {
            const body = route.request().postDataJSON() as { answers: { key: string; value: unknown }[] };
            body.answers[1].value = 9;
            await route.continue({ postData: JSON.stringify(body) });
          });
          await page.getByRole('button', { name: 'ثبت پاسخ ها' }).click();
          const refusal = page.getByText('پاسخ «تا چه اندازه نظر شما در تصمیم های تشکل شنیده می شود؟» باید');
          await refusal.waitFor();
          await expect(refusal.innerText()).resolves.toContain('از ۱ تا ۵');
          expect(await unreadableText(page)).toEqual([]);
          await page.unroute('**/api/v1/survey-links/*');
        }
        await page.getByRole('button', { name: 'ثبت پاسخ ها' }).click();
        await page.getByRole('heading', { name: 'پاسخ شما ثبت شد' }).waitFor();
      }

      await page.goto(`${env.origin}${links[0].path}`);
      await page.getByRole('heading', { name: 'این پیوند دیگر معتبر نیست' }).waitFor();
      await page.getByText('هر پیوند تنها یک بار کار می کند').waitFor();
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'survey-link-used-phone');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.goto(`${env.origin}/survey/${'A'.repeat(43)}`);
      await page.getByRole('heading', { name: 'پیوند یافت نشد' }).waitFor();
      await expect(page.getByText('این پیوند دیگر معتبر نیست').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
    // Each answer counted once, the tampered one not at all.
    const results = await env.api.get(`/survey-runs/${run.id}/results`, staffToken);
    expect(results.body).toMatchObject({ responses: 5, invited: 6, shown: true });
  });

  it('the board reads the aggregates (chart and table), and a run with too few answers shows no figure', async () => {
    const api = (await env.api.get(`/survey-runs/${run.id}/results`, boardToken)).body as {
      items: { key: string; mean: number | null }[];
    };
    const quiet = await env.api.post(
      `/associations/${associationId}/survey-runs`,
      { surveyCode: 'member_satisfaction', fiscalYear: 1404 },
      staffToken,
    );
    expect(quiet.status).toBe(201);
    await env.api.post(`/survey-links/${quiet.body.links[0].token}`, {
      answers: ['services', 'voice', 'transparency', 'representation', 'value_for_fee'].map((key) => ({
        key,
        value: 4,
      })),
    });

    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, BOARD, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'نقشه راه انجمن پسته کرمان' }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'نظرسنجی اعضا' }).click();
      await page.getByRole('heading', { name: 'نظرسنجی اعضای انجمن پسته کرمان' }).waitFor();
      // The board sends nothing itself: the chamber's staff schedule the runs.
      await expect(page.getByRole('button', { name: 'فرستادن پیوندها به اعضا' }).count()).resolves.toBe(0);
      await page.getByRole('link', { name: `نتیجه نظرسنجی رضایت اعضا سال ${toPersianDigits(1405)}` }).click();
      await page
        .getByRole('heading', { name: `نتیجه نظرسنجی رضایت اعضا — سال ${toPersianDigits(1405)}` })
        .waitFor();
      await expect(page.getByTestId('results-responses').innerText()).resolves.toBe(
        `${toPersianDigits(5)} از ${toPersianDigits(6)}`,
      );
      await expect(page.getByTestId('results-responseRate').innerText()).resolves.toBe('۸۳٫۳٪');
      for (const item of api.items.filter((i) => i.mean !== null))
        await expect(page.getByTestId(`mean-${item.key}`).innerText()).resolves.toBe(
          toPersianDigits(String(Math.round((item.mean as number) * 10) / 10)).replace('.', '٫'),
        );
      await expect(page.getByTestId('mean-services').innerText()).resolves.toBe('۳٫۶');
      await page.locator('figure svg').first().waitFor();
      await page.getByText('برگزاری دوره های آموزشی صادرات بیشتر شود').waitFor();
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'survey-results');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.goto(`${env.origin}/survey-runs/${quiet.body.run.id}`);
      await page.getByText('هنوز نتیجه ای نمایش داده نمی شود').waitFor();
      await expect(page.getByTestId('results-responses').count()).resolves.toBe(0);
      await expect(page.locator('figure').count()).resolves.toBe(0);
      expect(await unreadableText(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the board keeps its member list: Persian search, adds a member with a Jalali date; the chamber sees counts only', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, BOARD, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'نقشه راه انجمن پسته کرمان' }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'اعضای تشکل' }).click();
      await page.getByRole('heading', { name: 'اعضای تشکل — انجمن پسته کرمان' }).waitFor();
      const rows = page.locator('tbody tr th');
      await until(() => rows.count(), 6);
      await expect(page.getByTestId('summary-current').innerText()).resolves.toBe('۶');

      // Arabic kaf and no ZWNJ still find «شرکت کرمان‌پسته».
      await page.getByLabel('جستجوی نام عضو').fill('كرمانپسته');
      await until(() => rows.count(), 1);
      await expect(rows.first().innerText()).resolves.toBe('شرکت کرمان‌پسته');
      await page.getByLabel('جستجوی نام عضو').fill('');
      await until(() => rows.count(), 6);

      await page.getByRole('button', { name: 'افزودن عضو' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/^نام\s*\*?$/).fill('شرکت پسته رفسنجان');
      await dialog.getByLabel('شناسه ملی / شماره ثبت').fill('۱۰۸۶۰۰۱۲۳۴۵');
      await dialog.getByLabel('تاریخ عضویت').fill('۱۴۰۴/۱۲/۳۰');
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      await dialog.getByText('تاریخ را به شکل ۱۴۰۳/۰۱/۱۵ بنویسید').waitFor();
      await dialog.getByLabel('تاریخ عضویت').fill('۱۴۰۴/۰۲/۱۰');
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      await page.getByText('ذخیره شد.').waitFor();
      await until(() => rows.count(), 7);
      const added = page.locator('tbody tr', { hasText: 'شرکت پسته رفسنجان' });
      await expect(added.innerText()).resolves.toContain('۱۴۰۴/۰۲/۱۰');
      await expect(added.innerText()).resolves.toContain('۱۰۸۶۰۰۱۲۳۴۵');

      // A repeated identifier is refused beside the field, in Persian.
      await page.getByRole('button', { name: 'افزودن عضو' }).click();
      await dialog.getByLabel(/^نام\s*\*?$/).fill('تکراری');
      await dialog.getByLabel('شناسه ملی / شماره ثبت').fill('10860012345');
      await dialog.getByLabel('تاریخ عضویت').fill('1404/02/10');
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      await dialog.getByText('عضوی با این شناسه پیش از این ثبت شده است').waitFor();
      await dialog.getByRole('button', { name: 'انصراف' }).click();

      // An import with a bad row is refused whole and reported row by row in Persian.
      await page.getByLabel('انتخاب فایل').setInputFiles({
        name: 'members.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'kind,nameFa,identifier,joinedOn\nfirm,شرکت الف,31111111,2024-03-20\nrobot,شرکت ب,32222222,2024-03-20\n',
        ),
      });
      await page.getByRole('button', { name: 'ورود فایل' }).click();
      const report = page.getByRole('table', { name: 'ردیف های نادرست (هیچ ردیفی وارد نشد)' });
      await report.waitFor();
      await expect(report.locator('tbody tr').first().innerText()).resolves.toMatch(/^۳\s+نوع عضو/);
      await until(() => rows.count(), 7);

      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'members');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }

    const staff = await env.browser.newPage();
    try {
      await logIn(staff.page, env.origin, STAFF, DEMO_PASSWORD);
      await staff.page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      await staff.page.goto(`${env.origin}/associations/${associationId}/members`);
      await staff.page.getByTestId('summary-current').waitFor();
      await expect(staff.page.getByTestId('summary-current').innerText()).resolves.toBe('۷');
      await expect(staff.page.locator('main').innerText()).resolves.not.toContain('۰۹۱۳۱۲۳۴۵۶۷');
      await expect(staff.page.locator('tbody tr').count()).resolves.toBe(0);
    } finally {
      await staff.context.close();
    }
  });

  it('staff pick the association, send the questionnaire for a year and get one link per member, shown once', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, STAFF, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'نظرسنجی اعضا' }).click();
      await page.getByRole('heading', { name: 'نظرسنجی اعضا', exact: true }).waitFor();
      await page.getByLabel('تشکلی را برگزینید').fill('پسته كرمان');
      await page.getByRole('option', { name: DEMO.boardAssociation }).click();
      await page.getByRole('heading', { name: 'نظرسنجی اعضای انجمن پسته کرمان' }).waitFor();
      await expect(page.getByLabel('پرسشنامه').innerText()).resolves.toContain('نظرسنجی رضایت اعضا');
      await page.getByLabel('سال (شمسی)').fill('۱۴۰۵');
      await page.getByRole('button', { name: 'فرستادن پیوندها به اعضا' }).click();
      // One run per association, questionnaire and year: the second is refused in Persian.
      await page.getByText('این پرسشنامه برای این سال پیش از این برای این تشکل فرستاده شده است').waitFor();
      await page.getByLabel('سال (شمسی)').fill('۱۴۰۳');
      await page.getByRole('button', { name: 'فرستادن پیوندها به اعضا' }).click();
      const issued = page.getByRole('table', { name: 'پیوندهای یک بار مصرف' });
      await issued.waitFor();
      await expect(issued.locator('tbody tr').count()).resolves.toBe(7);
      const href = await issued.locator('tbody a').first().getAttribute('href');
      expect(href).toMatch(/^\/survey\/[A-Za-z0-9_-]{43}$/);
      const runs = (await env.api.get(`/associations/${associationId}/survey-runs`, staffToken)).body.items;
      expect(runs.map((r: { fiscalYear: number }) => r.fiscalYear)).toContain(1403);
      await until(
        () => page.getByRole('link', { name: /^نتیجه نظرسنجی رضایت اعضا سال/ }).count(),
        runs.length,
      );
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'survey-schedule');
    } finally {
      await context.close();
    }
  });

  it('staff define a questionnaire on screen, the API’s refusals beside the item they name, and it is offered when sending', async () => {
    const { page, context } = await env.browser.newPage();
    const title = 'نظرسنجی خدمات آموزشی';
    try {
      await logIn(page, env.origin, STAFF, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'پرسشنامه ها' }).click();
      await page.getByRole('heading', { name: 'پرسشنامه ها', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'نظرسنجی رضایت اعضا' }).waitFor();
      // Empty fields are named before anything is sent.
      await page.getByRole('button', { name: 'ثبت پرسشنامه' }).click();
      await page.getByText('برخی خانه ها نیاز به اصلاح دارند', { exact: false }).waitFor();
      await page.getByLabel('عنوان پرسشنامه').fill(title);
      await page.getByLabel('کد پرسشنامه (لاتین)').fill('member_satisfaction');
      await page.getByLabel('متن پرسش ۱').fill('دوره های آموزشی تشکل چقدر به کارتان آمد؟');
      await page.getByLabel('کمینه مقیاس پرسش ۱').fill('۵');
      await page.getByLabel('بیشینه مقیاس پرسش ۱').fill('۳');
      await page.getByRole('button', { name: 'افزودن پرسش تشریحی' }).click();
      await page.getByLabel('متن پرسش ۲').fill('چه دوره ای را پیشنهاد می کنید؟');
      await page.getByRole('button', { name: 'بردن پرسش ۲ به بالا' }).click();
      await expect(page.getByLabel('متن پرسش ۱').inputValue()).resolves.toBe(
        'چه دوره ای را پیشنهاد می کنید؟',
      );
      await page.getByRole('button', { name: 'بردن پرسش ۱ به پایین' }).click();
      // The API refuses the scale, beside the item's maximum …
      await page.getByRole('button', { name: 'ثبت پرسشنامه' }).click();
      const max = page.getByRole('group', { name: 'پرسش ۱' });
      await max.getByText('بیشینه مقیاس باید از کمینه آن بزرگ تر باشد').waitFor();
      await page.getByLabel('کمینه مقیاس پرسش ۱').fill('۱');
      await page.getByLabel('بیشینه مقیاس پرسش ۱').fill('۷');
      // … then a code that is taken, beside the code.
      await page.getByRole('button', { name: 'ثبت پرسشنامه' }).click();
      await page.getByText('پرسشنامه ای با این کد هست').waitFor();
      await page.getByLabel('کد پرسشنامه (لاتین)').fill('training_services');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'staff-questionnaire-define');
      await page.getByRole('button', { name: 'ثبت پرسشنامه' }).click();
      await page.getByRole('status').getByText(`پرسشنامه «${title}» ثبت شد`, { exact: false }).waitFor();
      const defined = page.getByRole('article', { name: title });
      await defined.getByText('مقیاس ۱ تا ۷', { exact: false }).waitFor();
      await expect(defined.locator('li').first().innerText()).resolves.toContain('دوره های آموزشی');
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'staff-questionnaires');

      await page.getByRole('link', { name: 'فرستادن نظرسنجی به اعضا' }).click();
      await page.getByLabel('تشکلی را برگزینید').fill('پسته كرمان');
      await page.getByRole('option', { name: DEMO.boardAssociation }).click();
      await page.getByRole('heading', { name: 'نظرسنجی اعضای انجمن پسته کرمان' }).waitFor();
      const questionnaire = page.getByRole('combobox', { name: 'پرسشنامه' });
      await questionnaire.click();
      await page.getByRole('option', { name: title }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await expect(questionnaire.innerText()).resolves.toContain(title);
    } finally {
      await context.close();
    }
  });

  it('a member casts a secret ballot on a phone, choosing up to the seats; the link then stops working', async () => {
    const election = await env.api.post(
      `/associations/${associationId}/elections`,
      {
        seats: 2,
        termStart: '2026-07-01',
        termEnd: '2028-06-30',
        candidates: [
          { fullName: 'مریم کاظمی', firmName: 'شرکت پسته نوین' },
          { fullName: 'رضا امینی' },
          { fullName: 'سارا نادری' },
        ],
      },
      boardToken,
    );
    expect(election.status).toBe(201);
    // The chamber issues the ballot links, never the board.
    const issued = await env.api.post(`/elections/${election.body.id}/ballot-links`, {}, staffToken);
    expect(issued.status).toBe(201);
    const ballot = issued.body.links[0] as { path: string; token: string };
    expect(ballot.path).toBe(`/ballot/${ballot.token}`);

    const { page, context } = await env.browser.newPage({ width: 390, height: 844 });
    try {
      await page.goto(`${env.origin}${ballot.path}`);
      await page.getByRole('heading', { name: 'رأی گیری هیئت مدیره انجمن پسته کرمان' }).waitFor();
      await page.getByRole('checkbox', { name: 'مریم کاظمی — شرکت پسته نوین' }).check();
      await page.getByRole('checkbox', { name: 'رضا امینی' }).check();
      await page.getByRole('checkbox', { name: 'سارا نادری' }).click();
      await page.getByText('بیش از ۲ نامزد نمی توان برگزید').waitFor();
      await expect(page.getByRole('checkbox', { name: 'سارا نادری' }).isChecked()).resolves.toBe(false);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(1);
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'ballot-phone');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'ثبت رأی' }).click();
      await page.getByRole('heading', { name: 'رأی شما ثبت شد' }).waitFor();

      await page.goto(`${env.origin}${ballot.path}`);
      await page.getByRole('heading', { name: 'این پیوند دیگر معتبر نیست' }).waitFor();
    } finally {
      await context.close();
    }
    const after = await env.api.get(`/associations/${associationId}/elections`, boardToken);
    expect(after.body.items.find((e: { id: string }) => e.id === election.body.id).ballotsCast).toBe(1);
  });
});
