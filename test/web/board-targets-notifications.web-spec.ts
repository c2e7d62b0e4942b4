import { logIn } from './browser';
import {
  DEMO,
  DEMO_PASSWORD,
  WebEnv,
  jalaliQuarters,
  screenshot,
  seriousA11yViolations,
  settledSidewaysScroll,
  toPersianDigits,
  checkScreen,
} from './web-env';

jest.setTimeout(600_000);

const BOARD = DEMO.board;
const STAFF = DEMO.staff;
const ASSOCIATION = DEMO.boardAssociation;
const NEW_MEMBERS = 'new_members';
const RETURN_COMMENT = 'شمار اعضای تازه با فهرست پیوست هم خوان نیست';

interface NotificationItem {
  id: string;
  kind: string;
  titleFa: string;
  createdAtJalali: string;
  readAt: string | null;
}

describe('the board, targets, the chamber assessment and notifications in Chromium', () => {
  let env: WebEnv;
  let associationId: string;
  let otherId: string;
  let staffToken: string;
  let boardToken: string;
  let newMembersFa: string;
  let returnedReportId: string;
  const { current, previous } = jalaliQuarters(new Date());

  beforeAll(async () => {
    env = await WebEnv.start();
    const admin = await env.api.adminToken();
    const all = (await env.api.get('/associations?pageSize=100', admin)).body.items as {
      id: string;
      nameFa: string;
    }[];
    associationId = all.find((a) => a.nameFa === ASSOCIATION)?.id ?? '';
    otherId = all.find((a) => a.nameFa !== ASSOCIATION)?.id ?? '';
    expect(associationId).not.toBe('');
    expect(otherId).not.toBe('');
    staffToken = await env.api.tokenFor(STAFF, DEMO_PASSWORD);
    boardToken = await env.api.tokenFor(BOARD, DEMO_PASSWORD);
    const indicators = (await env.api.get('/indicators?pageSize=100', admin)).body.items as {
      code: string;
      nameFa: string;
    }[];
    newMembersFa = indicators.find((i) => i.code === NEW_MEMBERS)?.nameFa ?? '';
    expect(newMembersFa).not.toBe('');
    // A report the staff return: the board is told (report_returned), once, in Persian.
    const draft = await env.api.post(
      `/associations/${associationId}/kpi-reports`,
      { period: previous, values: [{ indicatorCode: NEW_MEMBERS, value: 6 }] },
      boardToken,
    );
    expect(draft.status).toBe(201);
    returnedReportId = draft.body.id;
    expect((await env.api.post(`/kpi-reports/${draft.body.id}/submit`, {}, boardToken)).status).toBe(200);
    const returned = await env.api.post(
      `/kpi-reports/${draft.body.id}/return`,
      { comment: RETURN_COMMENT },
      staffToken,
    );
    expect(returned.status).toBe(200);
  }, 600_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('staff record the chamber assessment of the quarter: a score over 100 is refused beside it', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, STAFF, DEMO_PASSWORD);
      await page.getByRole('button', { name: 'خروج' }).waitFor();
      await page.goto(`${env.origin}/associations/${associationId}`);
      await page.getByRole('link', { name: 'ارزیابی اتاق' }).click();
      await page.getByRole('heading', { name: `ارزیابی اتاق — ${ASSOCIATION}`, level: 1 }).waitFor();
      await page.getByText('برای این دوره هنوز ارزیابی ثبت نشده است.').waitFor();

      await page.getByLabel('امتیاز «حکمرانی»').fill('۱۲۰');
      await page.getByLabel('توضیح «حکمرانی»').fill('دبیرخانه فعال است ولی صورتجلسات کمیسیون ها ناقص است');
      await page.getByRole('button', { name: 'ثبت ارزیابی' }).click();
      await page.getByText('امتیاز باید عددی میان ۰ و ۱۰۰ باشد').waitFor();
      await page.getByLabel('امتیاز «حکمرانی»').fill('۷۲');
      await page.getByLabel('امتیاز «خدمات»').fill('۶۵٫۵');
      await page.getByLabel('توضیح «خدمات»').fill('دو دوره آموزشی برای اعضا برگزار شد');
      await page.getByRole('button', { name: 'ثبت ارزیابی' }).click();
      await page.getByRole('status').getByText('ارزیابی ثبت شد', { exact: false }).waitFor();
      await page.getByText('آخرین ثبت:', { exact: false }).waitFor();

      const saved = await env.api.get(
        `/associations/${associationId}/chamber-assessments/${current}`,
        staffToken,
      );
      expect(saved.status).toBe(200);
      const byCode = Object.fromEntries(
        (saved.body.criteria as { criterion: string; score: number }[]).map((c) => [c.criterion, c.score]),
      );
      expect(byCode).toEqual({ governance: 72, services: 65.5 });
      await checkScreen(page, 'chamber-assessment');
    } finally {
      await context.close();
    }
  });

  it('staff set a target, the board agrees to it, and the agreement shows on both sides', async () => {
    const staff = await env.browser.newPage();
    const board = await env.browser.newPage();
    try {
      const s = staff.page;
      await logIn(s, env.origin, STAFF, DEMO_PASSWORD);
      await s.getByRole('button', { name: 'خروج' }).waitFor();
      await s.goto(`${env.origin}/associations/${associationId}`);
      await s.getByRole('link', { name: 'اهداف شاخص ها' }).click();
      await s.getByRole('heading', { name: `اهداف شاخص ها — ${ASSOCIATION}`, level: 1 }).waitFor();
      const row = s.locator(`tr[data-indicator="${NEW_MEMBERS}"]`);
      await expect(row.innerText()).resolves.toContain('هدفی ندارد');
      await s.getByLabel(`خط پایه «${newMembersFa}»`).fill('۵');
      await s.getByLabel(`هدف «${newMembersFa}»`).fill('دوازده');
      await s.getByRole('button', { name: 'ذخیره اهداف' }).click();
      await row.getByText('یک عدد بنویسید', { exact: false }).waitFor();
      await s.getByLabel(`هدف «${newMembersFa}»`).fill('۲۰');
      await s.getByRole('button', { name: 'ذخیره اهداف' }).click();
      await s.getByRole('status').getByText('اهداف ذخیره شد', { exact: false }).waitFor();
      await row.getByText('در انتظار موافقت هیئت مدیره').waitFor();
      const set = await env.api.get(`/associations/${associationId}/targets`, staffToken);
      const target = (set.body.items as { indicatorCode: string; baseline: string; target: string }[]).find(
        (i) => i.indicatorCode === NEW_MEMBERS,
      );
      expect(Number(target?.baseline)).toBe(5);
      expect(Number(target?.target)).toBe(20);
      await checkScreen(s, 'staff-targets');

      // The board reads the same target, read-only, and agrees to it.
      const b = board.page;
      await logIn(b, env.origin, BOARD, DEMO_PASSWORD);
      await b.getByRole('heading', { name: `نقشه راه ${ASSOCIATION}` }).waitFor();
      await b.getByRole('navigation').getByRole('link', { name: 'اهداف شاخص ها' }).click();
      await b.getByRole('heading', { name: `اهداف شاخص ها — ${ASSOCIATION}`, level: 1 }).waitFor();
      const boardRow = b.locator(`tr[data-indicator="${NEW_MEMBERS}"]`);
      await boardRow.getByText('در انتظار موافقت هیئت مدیره').waitFor();
      await expect(boardRow.innerText()).resolves.toContain('۲۰');
      expect(await b.getByLabel(`هدف «${newMembersFa}»`).count()).toBe(0);
      await b.getByText('هدف در انتظار موافقت هیئت مدیره است.', { exact: false }).waitFor();
      await b.getByRole('button', { name: 'موافقت با اهداف' }).click();
      await b.getByRole('status').getByText('موافقت هیئت مدیره ثبت شد.').waitFor();
      const agreed = await env.api.get(`/associations/${associationId}/targets`, boardToken);
      const item = (agreed.body.items as { indicatorCode: string; agreedAtJalali: string | null }[]).find(
        (i) => i.indicatorCode === NEW_MEMBERS,
      );
      expect(item?.agreedAtJalali).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      await boardRow.getByText(`موافقت در ${toPersianDigits(item?.agreedAtJalali ?? '')}`).waitFor();
      await expect(b.getByRole('button', { name: 'موافقت با اهداف' }).isDisabled()).resolves.toBe(true);
      await checkScreen(b, 'board-targets');
    } finally {
      await staff.context.close();
      await board.context.close();
    }
  });

  it('the board is told of its returned report by the bell, opens it and marks it read', async () => {
    const unread = async () =>
      (await env.api.get('/notifications?unread=true&pageSize=100', boardToken)).body as {
        items: NotificationItem[];
        total: number;
      };
    const before = await unread();
    const told = before.items.find((n) => n.kind === 'report_returned');
    expect(told).toBeDefined();
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, BOARD, DEMO_PASSWORD);
      await page.getByRole('heading', { name: `نقشه راه ${ASSOCIATION}` }).waitFor();
      const bell = page.getByRole('banner').getByRole('button', { name: /^اعلان ها/ });
      await page
        .getByRole('button', { name: `اعلان ها: ${toPersianDigits(before.total)} خوانده نشده` })
        .waitFor();
      await bell.click();
      await page.getByRole('menuitem', { name: 'همه اعلان ها' }).click();
      await page.getByRole('heading', { name: 'اعلان ها', level: 1 }).waitFor();
      const item = page.locator(`li[data-notification="${told?.id}"]`);
      await item.getByText(told?.titleFa ?? '').waitFor();
      await expect(item.innerText()).resolves.toContain(toPersianDigits(told?.createdAtJalali ?? ''));
      await expect(item.innerText()).resolves.toContain('گزارش بازگردانده شد');
      await checkScreen(page, 'notifications');

      await item.getByRole('button', { name: `علامت خوانده شده برای «${told?.titleFa}»` }).click();
      await item.getByText('خوانده در', { exact: false }).waitFor();
      const after = before.total - 1;
      await page
        .getByRole('button', {
          name: after > 0 ? `اعلان ها: ${toPersianDigits(after)} خوانده نشده` : 'اعلان ها: همه خوانده شده',
        })
        .waitFor();
      const read = (await env.api.get('/notifications?pageSize=50', boardToken)).body
        .items as NotificationItem[];
      expect(read.find((n) => n.id === told?.id)?.readAt).not.toBeNull();
      expect((await unread()).total).toBe(after);

      // «فقط خوانده نشده ها» hides it; turned off, it is back, read.
      // (click, not check(): the switch's state lives in the URL, which react-router updates in a
      // transition, so it is not yet checked when check() looks right after its click.)
      await page.getByLabel('فقط خوانده نشده ها').click();
      await item.waitFor({ state: 'detached' });
      expect(await page.getByLabel('فقط خوانده نشده ها').isChecked()).toBe(true);
      await page.getByLabel('فقط خوانده نشده ها').click();
      await item.getByText('خوانده در', { exact: false }).waitFor();

      // Resubmitted and returned again: a new notification; «خواندن همه» in the bell's menu empties the count.
      expect((await env.api.post(`/kpi-reports/${returnedReportId}/submit`, {}, boardToken)).status).toBe(
        200,
      );
      expect(
        (
          await env.api.post(
            `/kpi-reports/${returnedReportId}/return`,
            { comment: RETURN_COMMENT },
            staffToken,
          )
        ).status,
      ).toBe(200);
      const waiting = (await unread()).total;
      expect(waiting).toBeGreaterThan(0);
      await page.reload();
      await page.getByRole('button', { name: `اعلان ها: ${toPersianDigits(waiting)} خوانده نشده` }).click();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('menuitem', { name: 'خواندن همه' }).click();
      await page.getByRole('button', { name: 'اعلان ها: همه خوانده شده' }).waitFor();
      expect((await unread()).total).toBe(0);
      await expect(page.getByRole('button', { name: 'خواندن همه' }).isDisabled()).resolves.toBe(true);

      // The notification leads to what it concerns: the board's reports.
      await item.getByRole('link', { name: `دیدن موضوع «${told?.titleFa}»` }).click();
      await page.getByRole('heading', { name: 'گزارش های دوره ای عملکرد', level: 1 }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('staff add a board seat with a Jalali term; the board lists it, read-only; another association is «یافت نشد»', async () => {
    const staff = await env.browser.newPage();
    const board = await env.browser.newPage();
    try {
      const s = staff.page;
      await logIn(s, env.origin, STAFF, DEMO_PASSWORD);
      await s.getByRole('button', { name: 'خروج' }).waitFor();
      await s.goto(`${env.origin}/associations/${associationId}/lifecycle`);
      await s.getByRole('link', { name: 'هیئت مدیره', exact: true }).click();
      await s.getByRole('heading', { name: `هیئت مدیره — ${ASSOCIATION}`, level: 1 }).waitFor();
      await s.getByRole('button', { name: 'افزودن عضو هیئت مدیره' }).click();
      const dialog = s.getByRole('dialog');
      await dialog.getByRole('button', { name: 'ثبت', exact: true }).click();
      await dialog.getByText('این مورد را وارد کنید').first().waitFor();
      await dialog.getByLabel('نام و نام خانوادگی').fill('نرگس افشار');
      await dialog.getByLabel('شرکت یا بنگاه').fill('شرکت زعفران نوین');
      await dialog.getByRole('spinbutton', { name: 'سال' }).first().click();
      await s.keyboard.type('۱۴۰۵۰۱۱۵');
      await dialog.getByRole('button', { name: 'ثبت', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await s.getByRole('status').getByText('«نرگس افشار» به هیئت مدیره افزوده شد.').waitFor();
      const row = s.getByRole('row').filter({ hasText: 'نرگس افشار' });
      await expect(row.innerText()).resolves.toContain('۱۴۰۵/۰۱/۱۵');
      const listed = await env.api.get(`/associations/${associationId}/board-members`, staffToken);
      const seat = (listed.body.items as { fullName: string; termStart: string; role: string }[]).find(
        (m) => m.fullName === 'نرگس افشار',
      );
      // ۱۴۰۵/۰۱/۱۵ is 4 April 2026.
      expect(seat).toMatchObject({ termStart: '2026-04-04', role: 'member' });
      await checkScreen(s, 'staff-board-members');

      const b = board.page;
      await logIn(b, env.origin, BOARD, DEMO_PASSWORD);
      await b.getByRole('heading', { name: `نقشه راه ${ASSOCIATION}` }).waitFor();
      await b.getByRole('navigation').getByRole('link', { name: 'هیئت مدیره تشکل من' }).click();
      await b.getByRole('heading', { name: `هیئت مدیره — ${ASSOCIATION}`, level: 1 }).waitFor();
      const boardRow = b.getByRole('row').filter({ hasText: 'نرگس افشار' });
      await boardRow.waitFor();
      const text = await boardRow.innerText();
      expect(text).toContain('۱۴۰۵/۰۱/۱۵');
      expect(text).toContain('عضو هیئت مدیره');
      expect(text).toContain('در حال خدمت');
      await b.getByText('این فهرست برای شما فقط خواندنی است', { exact: false }).waitFor();
      expect(await b.getByRole('button', { name: 'افزودن عضو هیئت مدیره' }).count()).toBe(0);
      expect(await b.getByRole('button', { name: /^پایان دوره/ }).count()).toBe(0);
      await checkScreen(b, 'board-members');

      // Staff end the term (a day is asked for first); the board's reload shows it ended, kept as history.
      await s.getByRole('button', { name: 'پایان دوره نرگس افشار' }).click();
      const end = s.getByRole('dialog');
      await end.getByRole('heading', { name: 'پایان دوره «نرگس افشار»' }).waitFor();
      await end.getByRole('button', { name: 'ثبت', exact: true }).click();
      await end.getByText('این مورد را وارد کنید').waitFor();
      await end.getByRole('spinbutton', { name: 'سال' }).click();
      await s.keyboard.type('۱۴۰۵۰۸۳۰');
      await end.getByLabel('دلیل پایان').fill('استعفا به دلیل مشغله کاری');
      await end.getByRole('button', { name: 'ثبت', exact: true }).click();
      await end.waitFor({ state: 'detached' });
      await s.getByRole('status').getByText('دوره «نرگس افشار» پایان یافت.').waitFor();
      await b.reload();
      await boardRow.getByText('پایان یافته').waitFor();
      const ended = await boardRow.innerText();
      expect(ended).toContain('۱۴۰۵/۰۸/۳۰');
      expect(ended).toContain('استعفا به دلیل مشغله کاری');
      await b.getByLabel('فقط اعضای در حال خدمت').check();
      await boardRow.waitFor({ state: 'detached' });
      await b.getByRole('row').filter({ hasText: 'محمدرضا صادقی' }).waitFor();

      // Another association's board, targets and assessment are not the board's to see.
      for (const path of ['board', 'targets', 'assessment']) {
        await b.goto(`${env.origin}/associations/${otherId}/${path}`);
        await b.getByRole('heading', { name: 'یافت نشد' }).waitFor();
      }

      // At a phone's width the board list and the notifications scroll inside, not the page.
      // Each measured once its list has arrived, not over the page still loading it.
      await b.setViewportSize({ width: 390, height: 844 });
      for (const [path, list] of [
        [`/associations/${associationId}/board`, 'tbody tr'],
        ['/notifications', 'li[data-notification]'],
      ]) {
        await b.goto(`${env.origin}${path}`);
        await b.getByRole('heading', { level: 1 }).waitFor();
        await b.locator(list).first().waitFor();
        expect(await settledSidewaysScroll(b)).toBeLessThanOrEqual(0);
      }
      await screenshot(b, 'notifications-phone');
    } finally {
      await staff.context.close();
      await board.context.close();
    }
  });
});
