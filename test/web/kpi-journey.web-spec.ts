import { eventually } from '../support/worker';
import { logIn } from './browser';
import {
  DEMO,
  DEMO_PASSWORD,
  WebEnv,
  jalaliQuarters,
  screenshot,
  settledSidewaysScroll,
  toPersianDigits,
  checkScreen,
} from './web-env';

jest.setTimeout(600_000);

const BOARD = DEMO.board;
const STAFF = DEMO.staff;
const ASSOCIATION = DEMO.boardAssociation;
const COMMENT = 'تعداد اعضای جدید با صورت جلسه پیوست هم خوان نیست؛ اصلاح شود';

/** `1405-Q3` as the app writes it. */
const periodFa = (period: string) => {
  const [y, q] = period.split('-Q');
  return `${toPersianDigits(y)} — فصل ${toPersianDigits(q)}`;
};

const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

describe('journey 3 in Chromium: a KPI report from the board to the chamber and back, then the new score', () => {
  let env: WebEnv;
  let associationId: string;

  beforeAll(async () => {
    env = await WebEnv.start();
    const admin = await env.api.adminToken();
    const all = (await env.api.get('/associations?pageSize=100', admin)).body.items as {
      id: string;
      nameFa: string;
    }[];
    associationId = all.find((a) => a.nameFa === ASSOCIATION)?.id ?? '';
    expect(associationId).not.toBe('');
    // The demo's board association has no targets yet: the chamber sets some with the board, so
    // its first report earns a score (what the staff and the board agree in phase 5).
    const staff = await env.api.tokenFor(STAFF, DEMO_PASSWORD);
    const targets = await env.api.put(
      `/associations/${associationId}/targets`,
      {
        targets: [
          { indicatorCode: 'policy_proposals_submitted', baseline: 100, target: 200 },
          { indicatorCode: 'new_members', baseline: 5, target: 20 },
          { indicatorCode: 'services_launched', baseline: 1, target: 4 },
        ],
      },
      staff,
    );
    expect(targets.status).toBe(200);
    // One earlier quarter, reported and accepted through the API, so the trend has two points.
    const board = await env.api.tokenFor(BOARD, DEMO_PASSWORD);
    const earlier = await env.api.post(
      `/associations/${associationId}/kpi-reports`,
      {
        period: jalaliQuarters(new Date()).previous,
        values: [
          { indicatorCode: 'policy_proposals_submitted', value: 110 },
          { indicatorCode: 'new_members', value: 6 },
          { indicatorCode: 'services_launched', value: 1 },
        ],
      },
      board,
    );
    expect(earlier.status).toBe(201);
    expect((await env.api.post(`/kpi-reports/${earlier.body.id}/submit`, {}, board)).status).toBe(200);
    expect((await env.api.post(`/kpi-reports/${earlier.body.id}/accept`, {}, staff)).status).toBe(200);
  }, 600_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('the board submits, staff return it with a comment, the board fixes and resubmits, staff accept, the board sees its score', async () => {
    const board = await env.browser.newPage();
    const staff = await env.browser.newPage();
    const others: { close(): Promise<void> }[] = [];
    try {
      // The board drafts a report for the first open period and fills it in.
      const b = board.page;
      await logIn(b, env.origin, BOARD, DEMO_PASSWORD);
      await b.getByRole('heading', { name: `نقشه راه ${ASSOCIATION}` }).waitFor();
      await b.getByRole('navigation').getByRole('link', { name: 'گزارش های عملکرد' }).click();
      await b.getByRole('heading', { name: 'گزارش های دوره ای عملکرد', level: 1 }).waitFor();
      await b
        .getByTestId(`report-row-${jalaliQuarters(new Date()).previous}`)
        .getByText('پذیرفته شده')
        .waitFor();
      await b.getByRole('button', { name: 'ساختن پیش نویس' }).click();
      await b.getByRole('heading', { name: /^گزارش دوره / }).waitFor();
      const reportId = b.url().split('/').pop() ?? '';
      const boardToken = await env.api.tokenFor(BOARD, DEMO_PASSWORD);
      const period = (await env.api.get(`/kpi-reports/${reportId}`, boardToken)).body.period as string;
      expect(period).toMatch(/^\d{4}-Q[1-4]$/);
      await b.getByRole('heading', { name: `گزارش دوره ${periodFa(period)}` }).waitFor();

      // Persian labels, units, and a hint beside the field for what is not a number.
      const members = b.getByLabel('پیشنهادهای سیاستی ارائه شده');
      await members.fill('دوازده');
      await b.getByText('یک عدد بنویسید (مثلاً ۱۲۰ یا ۱۲٫۵)').waitFor();
      await members.fill('۱۲۰');
      await b.getByLabel('اعضای جدید در دوره').fill('۱۵');
      await b.getByLabel('خدمات جدید راه اندازی شده').fill('2');
      await b.getByRole('button', { name: 'ذخیره پیش نویس' }).click();
      await b.getByText('پیش نویس ذخیره شد.').waitFor();

      // Evidence: a wrong type is refused in the browser, a disguised one by the API, a PDF is attached.
      const file = b.getByTestId('evidence-file');
      await file.setInputFiles({ name: 'یادداشت.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
      await b.getByText('این نوع فایل پذیرفته نمی شود؛ تنها PDF، PNG، JPEG یا XLSX.').waitFor();
      await file.setInputFiles({
        name: 'جعلی.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('<html><body>not a pdf</body></html>'),
      });
      await b.getByRole('alert').filter({ hasText: 'پذیرفته نشد' }).waitFor();
      // From the keyboard: the button opens the browser's file chooser.
      const chooser = b.waitForEvent('filechooser');
      await b.getByRole('button', { name: 'انتخاب و پیوست فایل' }).focus();
      await b.keyboard.press('Enter');
      await (
        await chooser
      ).setFiles({ name: 'صورت-جلسه.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
      await b.getByText('«صورت-جلسه.pdf» پیوست شد.').waitFor();
      await b.getByRole('listitem').filter({ hasText: 'صورت-جلسه.pdf' }).waitFor();

      await b.getByRole('button', { name: 'ارسال برای بررسی' }).click();
      await b.getByText('این گزارش فرستاده شده و در انتظار بررسی کارشناس اتاق است.').waitFor();

      // Staff find it in the review queue, see the values and evidence, and return it with a comment.
      const s = staff.page;
      await logIn(s, env.origin, STAFF, DEMO_PASSWORD);
      await s.getByRole('navigation').getByRole('link', { name: 'بررسی گزارش های عملکرد' }).click();
      await s.getByRole('heading', { name: 'صف بررسی گزارش های عملکرد' }).waitFor();
      await s.getByRole('link', { name: `بررسی ${ASSOCIATION} — ${periodFa(period)}` }).click();
      await s.getByRole('heading', { name: `بررسی گزارش ${ASSOCIATION} — ${periodFa(period)}` }).waitFor();
      await expect(s.getByTestId('review-value-policy_proposals_submitted').innerText()).resolves.toContain(
        '۱۲۰',
      );
      await expect(s.getByTestId('review-value-new_members').innerText()).resolves.toContain('۱۵');
      await s.getByRole('button', { name: 'دریافت صورت-جلسه.pdf' }).waitFor();
      const download = s.waitForEvent('download');
      await s.getByRole('button', { name: 'دریافت صورت-جلسه.pdf' }).click();
      expect((await download).suggestedFilename()).toBe('صورت-جلسه.pdf');
      await checkScreen(s, 'kpi-review');
      // A second expert (the approver) has the same report open; they will act on what they read.
      const approver = await env.browser.newPage();
      others.push(approver.context);
      await logIn(approver.page, env.origin, DEMO.approver, DEMO_PASSWORD);
      await approver.page.getByRole('navigation').waitFor();
      await approver.page.goto(s.url());
      await approver.page.getByRole('button', { name: 'پذیرش گزارش' }).waitFor();
      await s.getByRole('button', { name: 'بازگرداندن با توضیح' }).click();
      await s.getByText('برای بازگرداندن، توضیح دهید چه چیزی باید اصلاح شود (دست کم ۳ نویسه).').waitFor();
      await s.getByLabel('توضیح کارشناس').fill(COMMENT);
      // The queue answers slowly here: it must be the new one beside the notice, not the cached one.
      await s.route(
        (url) => url.pathname === '/api/v1/kpi-reports',
        async (route) => {
          await new Promise((r) => setTimeout(r, 1500));
          await route.continue();
        },
        { times: 1 },
      );
      await s.getByRole('button', { name: 'بازگرداندن با توضیح' }).click();
      await s.getByText(`گزارش ${ASSOCIATION} — ${periodFa(period)} با توضیح بازگردانده شد.`).waitFor();
      // Beside the notice, at once: the queue without the report (the cached one still listed it).
      await expect(
        s.getByRole('link', { name: `بررسی ${ASSOCIATION} — ${periodFa(period)}` }).count(),
      ).resolves.toBe(0);
      await s.getByText('گزارشی در انتظار بررسی نیست.').waitFor();

      // The approver's accept comes too late: told someone else changed it, they reload and see why.
      await approver.page.getByRole('button', { name: 'پذیرش گزارش' }).click();
      const conflict = approver.page.getByRole('alert').filter({ hasText: 'کس دیگری' });
      await conflict.waitFor();
      await conflict.getByRole('button', { name: 'بارگذاری دوباره' }).click();
      await approver.page.getByText('این گزارش دیگر در انتظار بررسی نیست.').waitFor();
      await expect(approver.page.getByRole('button', { name: 'پذیرش گزارش' }).count()).resolves.toBe(0);

      // The board sees the comment, fixes the value and resubmits.
      await b.reload();
      const comment = b.getByTestId('review-comment');
      await comment.waitFor();
      await expect(comment.innerText()).resolves.toContain(COMMENT);
      await expect(comment.innerText()).resolves.toContain('این گزارش با توضیح کارشناس اتاق بازگردانده شد');
      await checkScreen(b, 'board-report');
      await b.getByLabel('اعضای جدید در دوره').fill('۱۰');
      await b.getByRole('button', { name: 'ارسال دوباره برای بررسی' }).click();
      await b.getByText('این گزارش فرستاده شده و در انتظار بررسی کارشناس اتاق است.').waitFor();
      await b.getByTestId('review-comment').waitFor({ state: 'detached' });

      // Staff see the fixed value and accept.
      await s.goto(`${env.origin}/kpi/review`);
      await s.getByRole('link', { name: `بررسی ${ASSOCIATION} — ${periodFa(period)}` }).click();
      await expect(s.getByTestId('review-value-new_members').innerText()).resolves.toContain('۱۰');
      await s.getByRole('button', { name: 'پذیرش گزارش' }).click();
      await s
        .getByText(`گزارش ${ASSOCIATION} — ${periodFa(period)} پذیرفته شد و برای امتیازدهی در صف قرار گرفت.`)
        .waitFor();
      await s.getByText('گزارشی در انتظار بررسی نیست.').waitFor();

      // The worker scores it (wait for that, not for a fixed time); the board's scores page then shows it.
      const score = await eventually(
        async () => {
          const res = await env.api.get(`/associations/${associationId}/scores?period=${period}`, boardToken);
          return res.status === 200 ? res.body : undefined;
        },
        180_000,
        500,
      );
      expect(score.composite).not.toBeNull();
      await b.getByRole('navigation').getByRole('link', { name: 'امتیازهای عملکرد' }).click();
      await b.getByRole('heading', { name: 'امتیازهای عملکرد', level: 1 }).waitFor();
      await b.getByRole('heading', { name: `امتیاز دوره ${periodFa(period)}` }).waitFor();
      const shown = Math.round(score.composite * 10) / 10;
      await expect(b.getByTestId('score-composite').innerText()).resolves.toBe(
        `امتیاز کل: ${new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 1 }).format(shown)}`,
      );
      await expect(b.getByTestId('score-grade').innerText()).resolves.toBe(`رتبه: ${score.grade ?? '—'}`);
      // The trend's table carries the same figure as the chart, for a reader who cannot see it.
      // (The trend is a query of its own, and the chart draws its axis once it has measured its width:
      // wait for each label rather than reading the text once.)
      const trendTable = b.getByRole('table', { name: 'جدول روند امتیاز (همان ارقام نمودار)' });
      const chart = b.getByTestId('trend-chart');
      for (const p of [period, jalaliQuarters(new Date()).previous]) {
        await trendTable.getByText(periodFa(p)).first().waitFor();
        // The chart labels its axis with both periods, whole (not cut short), in Persian.
        await chart.locator('svg').getByText(periodFa(p)).first().waitFor();
      }
      await checkScreen(b, 'board-scores');
    } finally {
      await board.context.close();
      await staff.context.close();
      for (const c of others) await c.close();
    }
  });

  it('the report form and the scores fit a phone’s width without sideways scrolling', async () => {
    const { page, context } = await env.browser.newPage({ width: 390, height: 844 });
    try {
      await logIn(page, env.origin, BOARD, DEMO_PASSWORD);
      await page.getByRole('heading', { name: `نقشه راه ${ASSOCIATION}` }).waitFor();
      await page.goto(`${env.origin}/my/reports`);
      await page.getByRole('heading', { name: 'گزارش های دوره ای عملکرد', level: 1 }).waitFor();
      await page.locator('tbody tr th a').first().click();
      await page.getByRole('heading', { name: /^گزارش دوره / }).waitFor();
      await page.getByLabel('پیشنهادهای سیاستی ارائه شده').waitFor();
      const overflow = () => settledSidewaysScroll(page);
      expect(await overflow()).toBeLessThanOrEqual(1);
      await screenshot(page, 'board-report-phone');
      await page.goto(`${env.origin}/my/scores`);
      await page.getByRole('heading', { name: 'امتیازهای عملکرد', level: 1 }).waitFor();
      await page.getByRole('heading', { name: /^امتیاز دوره / }).waitFor();
      // The trend (a query of its own) is the widest part: measure once it is there.
      await page
        .getByRole('table', { name: 'جدول روند امتیاز (همان ارقام نمودار)' })
        .locator('tbody tr')
        .first()
        .waitFor();
      expect(await overflow()).toBeLessThanOrEqual(1);
      await screenshot(page, 'board-scores-phone');
    } finally {
      await context.close();
    }
  });
});
