// The decisions the chamber and a board take in the web app beyond the main journeys: a phase move
// held for approval (approved, and another rejected), a grant cancelled (its budget reservation
// given back), a support requested outside the association's phase (with the override reason the
// API asks for), an accepted KPI report reopened as a new revision, and a survey run closed.
import type { Page } from 'playwright-core';
import {
  DEMO,
  DEMO_PASSWORD,
  WebEnv,
  jalaliQuarters,
  rials,
  screenshot,
  seriousA11yViolations,
  statusChip,
  toPersianDigits,
  unreadableText,
  checkScreen,
} from './web-env';

jest.setTimeout(600_000);

const STAFF = DEMO.staff;
const APPROVER = DEMO.approver;
const BOARD = DEMO.board;
const BOARD_ASSOCIATION = DEMO.boardAssociation;

interface Row {
  id: string;
  nameFa: string;
  phase: string;
}

describe('decisions in the web app: pending moves, cancelled grants, requests outside the phase, reopened reports, closed surveys', () => {
  let env: WebEnv;
  let admin: string;
  let staff: string;
  let all: Row[];

  beforeAll(async () => {
    env = await WebEnv.start();
    admin = await env.api.adminToken();
    staff = await env.api.tokenFor(STAFF, DEMO_PASSWORD);
    all = (await env.api.get('/associations?pageSize=100', admin)).body.items as Row[];
  }, 300_000);
  afterAll(async () => {
    await env?.stop();
  });

  const as = (email: string, work: (page: Page) => Promise<void>) => env.as(email, work);

  // Associations each part owns: the board's for KPI and surveys, one in formation for supports,
  // two others (past the first phase) for the moves.
  const forming = () => all.find((a) => a.phase === 'formation' && a.nameFa !== BOARD_ASSOCIATION) as Row;
  const movable = () =>
    all.filter(
      (a) => a.phase !== 'concept_review' && a.nameFa !== BOARD_ASSOCIATION && a.id !== forming().id,
    );

  it('holds a staff move for approval: the approver approves one and rejects another; the history says who', async () => {
    const settings = await env.api.get('/lifecycle/settings', admin);
    const on = await env.api.patch(
      '/lifecycle/settings',
      { version: settings.body.version, transitionsNeedApproval: true },
      admin,
    );
    expect(on.status).toBe(200);
    const [first, second] = movable();
    expect(first && second).toBeTruthy();
    const phaseFa = async (id: string) =>
      (await env.api.get(`/associations/${id}/lifecycle`, admin)).body as {
        phase: string;
        nameFa: string;
        order: number;
      };
    const before = await phaseFa(first.id);
    const reason = 'مستندات فاز پیشین باید دوباره بررسی شود';
    let target = '';

    // Staff propose a move back through the dialog; the move waits for an approver.
    await as(STAFF, async (page) => {
      await page.goto(`${env.origin}/associations/${first.id}/lifecycle`);
      await page.getByTestId('current-phase').waitFor();
      await page
        .getByText('در این اتاق جابه جایی های کارشناس پس از تأیید معاون یا مدیر انجام می شود.')
        .waitFor();
      await page.getByRole('button', { name: 'بازگرداندن به فاز پیشین' }).click();
      const dialog = page.getByRole('dialog');
      target = (await dialog.getByRole('combobox', { name: 'فاز مقصد' }).innerText()).trim();
      await dialog.getByLabel('دلیل').fill(reason);
      await dialog.getByRole('button', { name: 'تأیید و ثبت' }).click();
      await page
        .getByRole('status')
        .getByText(`درخواست رفتن به «${target}» ثبت شد و در انتظار تأیید معاون یا مدیر است.`)
        .waitFor();
      await page
        .getByText(`جابه جایی به «${target}» در انتظار تأیید معاون یا مدیر است`, { exact: false })
        .waitFor();
      await expect(page.getByRole('button', { name: 'تأیید جابه جایی' }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'بازگرداندن به فاز پیشین', disabled: true }).waitFor();
      await expect(page.getByTestId('current-phase').innerText()).resolves.toContain(before.nameFa);
    });
    expect((await phaseFa(first.id)).phase).toBe(before.phase);

    // The approver sees the pending move with its reason and approves it with a comment.
    await as(APPROVER, async (page) => {
      await page.goto(`${env.origin}/associations/${first.id}/lifecycle`);
      const panel = page.getByRole('region', { name: 'جابه جایی در انتظار تصمیم شما' });
      await panel.waitFor();
      await panel.getByText(reason).waitFor();
      expect(await panel.innerText()).toContain(`به «${target}»`);
      await checkScreen(page, 'lifecycle-pending-decision');
      await panel.getByLabel('توضیح تصمیم (اختیاری؛ در تاریخچه می ماند)').fill('بازبینی لازم است');
      await panel.getByRole('button', { name: 'تأیید جابه جایی' }).click();
      await page.getByRole('status').getByText(`جابه جایی تأیید شد؛ تشکل به «${target}» رفت.`).waitFor();
      // The notice can be drawn a moment before the refetched lifecycle: wait for what it changes.
      await page.getByTestId('current-phase').getByText(target, { exact: false }).waitFor();
      await panel.waitFor({ state: 'detached' });
      const row = page.getByTestId('history-row').first();
      await row.filter({ hasText: 'انجام شده' }).waitFor();
      const text = await row.innerText();
      expect(text).toContain(reason);
      expect(text).toContain('بازبینی لازم است');
      expect(text).toContain('مریم کارشناس'); // who proposed it
      expect(text).toContain('علی معاون'); // who decided
      expect(await unreadableText(page)).toEqual([]);
    });
    expect((await phaseFa(first.id)).phase).not.toBe(before.phase);

    // A second proposal (through the API), rejected in the browser: the phase stays.
    const other = await phaseFa(second.id);
    const lifecycle = await env.api.get(`/associations/${second.id}/lifecycle`, staff);
    const proposed = await env.api.post(
      `/associations/${second.id}/lifecycle/transitions`,
      { to: 'concept_review', reason: 'بازگشت برای بازنگری مفهومی', version: lifecycle.body.version },
      staff,
    );
    expect(proposed.status).toBe(201);
    expect(proposed.body.transition.status).toBe('pending');
    await as(APPROVER, async (page) => {
      await page.goto(`${env.origin}/associations/${second.id}/lifecycle`);
      const panel = page.getByRole('region', { name: 'جابه جایی در انتظار تصمیم شما' });
      await panel.waitFor();
      await panel.getByLabel('توضیح تصمیم (اختیاری؛ در تاریخچه می ماند)').fill('دلیلی برای بازگشت نیست');
      await panel.getByRole('button', { name: 'رد جابه جایی' }).click();
      await page
        .getByRole('status')
        .getByText('جابه جایی به «بررسی مفهومی» رد شد؛ تشکل در فاز کنونی ماند.')
        .waitFor();
      const row = page.getByTestId('history-row').first();
      await row.filter({ hasText: 'رد شده' }).waitFor();
      const text = await row.innerText();
      expect(text).toContain('دلیلی برای بازگشت نیست');
      expect(text).toContain('علی معاون');
      await expect(page.getByTestId('current-phase').innerText()).resolves.toContain(other.nameFa);
      // Free to move again: the buttons are back (disabled while the move was pending, so wait for it).
      await page.getByRole('button', { name: 'بازگرداندن به فاز پیشین', disabled: false }).waitFor();
    });
    expect((await phaseFa(second.id)).phase).toBe(other.phase);
    const history = await env.api.get(`/associations/${second.id}/lifecycle/history`, admin);
    expect(history.body.items[0]).toMatchObject({ status: 'rejected', decidedByName: 'علی معاون' });
  });

  it('cancels an approved grant after a confirmation; its reservation goes back to the budget', async () => {
    const association = forming();
    const amount = 700_000_000n;
    const requested = await env.api.post(
      `/associations/${association.id}/supports`,
      { kindCode: 'financial', amountRials: amount.toString(), justification: 'برگزاری نمایشگاه اعضا' },
      staff,
    );
    expect(requested.status).toBe(201);
    const approved = await env.api.post(
      `/supports/${requested.body.id}/approve`,
      { version: requested.body.version },
      admin,
    );
    expect(approved.status).toBe(200);
    const budgetOf = async () =>
      (
        (await env.api.get(`/support-budgets?fiscalYear=${approved.body.fiscalYear}`, admin)).body.items as {
          kindCode: string;
          reserved: string;
          available: string;
        }[]
      ).find((b) => b.kindCode === 'financial');
    const held = await budgetOf();
    expect(held).toBeTruthy();

    await as(STAFF, async (page) => {
      await page.goto(`${env.origin}/supports/${requested.body.id}`);
      await statusChip(page, 'تأیید شده').waitFor();
      const budget = page.getByRole('region', {
        name: `بودجه این نوع حمایت در سال ${toPersianDigits(approved.body.fiscalYear)}`,
      });
      // One figure of the budget: the row holding its name, and its value exactly.
      const figure = (name: string, value: bigint) =>
        budget
          .locator('div')
          .filter({ has: page.getByText(name, { exact: true }) })
          .last()
          .getByText(rials(value), { exact: true })
          .waitFor();
      await figure('رزرو شده (تأیید شده)', BigInt(held?.reserved ?? '0'));
      await checkScreen(page, 'support-before-cancel');

      // A cancel without a reason is asked for one beside the field, before any request.
      await page.getByRole('button', { name: 'لغو حمایت' }).click();
      await page.getByText('دلیل لغو را بنویسید (دست کم ۲ نویسه).').waitFor();
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);

      await page.getByLabel('دلیل لغو').fill('تشکل از برگزاری نمایشگاه انصراف داد');
      await page.getByRole('button', { name: 'لغو حمایت' }).click();
      const dialog = page.getByRole('dialog', { name: 'لغو این حمایت؟' });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain(`${rials(amount)} رزرو شده از بودجه`);
      await screenshot(page, 'support-cancel-confirm');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'بله، لغو شود' }).click();
      await page.getByRole('status').getByText('حمایت لغو شد.').waitFor();
      await statusChip(page, 'لغو شده').waitFor();
      await page.getByRole('button', { name: 'لغو حمایت' }).waitFor({ state: 'detached' });
      // The reservation is released: reserved down and available up by the grant's amount.
      await figure('رزرو شده (تأیید شده)', BigInt(held?.reserved ?? '0') - amount);
      await figure('مانده قابل تأیید', BigInt(held?.available ?? '0') + amount);
      const steps = page.getByRole('region', { name: 'سابقه گام ها' });
      await steps.getByText('تشکل از برگزاری نمایشگاه انصراف داد').waitFor();
      const history = await steps.innerText();
      expect(history).toContain('لغو');
      expect(history).toContain('تشکل از برگزاری نمایشگاه انصراف داد');
      expect(history).toContain('مریم کارشناس');
      await checkScreen(page, 'support-cancelled');
    });
    const after = await budgetOf();
    expect(BigInt(after?.reserved ?? '0')).toBe(BigInt(held?.reserved ?? '0') - amount);
    expect((await env.api.get(`/supports/${requested.body.id}`, admin)).body.status).toBe('cancelled');
  });

  it('asks for an override reason before requesting a kind the association’s phase does not offer', async () => {
    const association = forming();
    const offered = (await env.api.get(`/associations/${association.id}/lifecycle`, admin)).body.supports as {
      code: string;
    }[];
    const kinds = (await env.api.get('/support-kinds', admin)).body as {
      code: string;
      nameFa: string;
      carries: string;
      active: boolean;
    }[];
    const outside = kinds.find(
      (k) => k.active && k.carries === 'rials' && !offered.some((o) => o.code === k.code),
    );
    expect(outside).toBeTruthy();
    const kind = outside as { code: string; nameFa: string };
    const override = 'تشکل برای جذب اعضای تازه پیش از پایان شکل گیری به آن نیاز دارد';

    await as(STAFF, async (page) => {
      await page.goto(`${env.origin}/supports/new`);
      await page.getByRole('heading', { name: 'درخواست حمایت' }).waitFor();
      await page
        .getByRole('combobox', { name: 'تشکل' })
        .fill(association.nameFa.split(' ').slice(1).join(' '));
      await page.getByRole('option', { name: association.nameFa, exact: true }).click();
      await page.getByRole('combobox', { name: 'نوع حمایت' }).click();
      await page.getByText('انواع دیگر (بیرون از فاز، با دلیل استثنا)').waitFor();
      await page.getByRole('option', { name: kind.nameFa, exact: true }).click();
      // Before anything is sent: the kind is outside the phase, and a reason is asked for.
      await page
        .getByText('این نوع حمایت با فاز کنونی تشکل («شکل گیری و ساماندهی») جور نیست', { exact: false })
        .waitFor();
      await page.getByLabel('مبلغ (ریال)').fill('۴۰۰٬۰۰۰٬۰۰۰');
      await page.getByLabel('توجیه درخواست').fill('تدوین برنامه توسعه خدمات تشکل');
      await page.getByRole('button', { name: 'ثبت درخواست' }).click();
      await page.getByText('دلیل استثنا را بنویسید (دست کم ۵ نویسه).').waitFor();
      await checkScreen(page, 'support-request-outside-phase');
      await page.getByLabel('دلیل استثنا').fill(override);
      await page.getByRole('button', { name: 'ثبت درخواست' }).click();
      await page.waitForURL(/\/supports\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: `${kind.nameFa} — ${association.nameFa}` }).waitFor();
      await page.getByText(override).first().waitFor();
      await page.getByText('دلیل استثنا (نوع حمایت با فاز جور نبود)', { exact: false }).waitFor();
      const id = page.url().split('/').pop() as string;
      const grant = (await env.api.get(`/supports/${id}`, admin)).body;
      expect(grant).toMatchObject({ kindCode: kind.code, overrideReason: override, suitsPhase: false });
    });
  });

  it('lets the board reopen an accepted report as revision ۲, shown in its list and on the report', async () => {
    const login = await env.api.post('/auth/login', { email: BOARD, password: DEMO_PASSWORD });
    const board = login.body.accessToken as string;
    const associationId = login.body.user.associationId as string;
    const period = jalaliQuarters(new Date()).previous;
    const created = await env.api.post(
      `/associations/${associationId}/kpi-reports`,
      {
        period,
        values: [
          { indicatorCode: 'new_members', value: 6 },
          { indicatorCode: 'services_launched', value: 1 },
        ],
      },
      board,
    );
    expect(created.status).toBe(201);
    expect((await env.api.post(`/kpi-reports/${created.body.id}/submit`, {}, board)).status).toBe(200);
    expect((await env.api.post(`/kpi-reports/${created.body.id}/accept`, {}, staff)).status).toBe(200);
    const [y, q] = period.split('-Q');
    const periodFa = `${toPersianDigits(y)} — فصل ${toPersianDigits(q)}`;
    const reason = 'شمار اعضای تازه پس از بازبینی دفتر عضویت اصلاح می شود';

    await as(BOARD, async (page) => {
      await page.goto(`${env.origin}/my/reports`);
      await page.getByRole('link', { name: periodFa }).click();
      // The list's row says «پذیرفته شده» too: wait for the report itself.
      await page.getByRole('heading', { name: `گزارش دوره ${periodFa}` }).waitFor();
      await statusChip(page, 'پذیرفته شده').waitFor();
      await page.getByRole('button', { name: 'بازگشایی برای اصلاح' }).click();
      const dialog = page.getByRole('dialog', { name: 'بازگشایی گزارش پذیرفته شده' });
      await dialog.getByText('پیش نویس ویرایش ۲', { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'بازگشایی', exact: true }).click();
      await dialog.getByText('دلیل اصلاح را بنویسید (دست کم ۳ نویسه).').waitFor();
      await dialog.getByLabel('دلیل اصلاح').fill(reason);
      await dialog.getByRole('button', { name: 'بازگشایی', exact: true }).click();
      await page
        .getByRole('status')
        .getByText('گزارش به صورت ویرایش ۲ بازگشایی شد و اکنون پیش نویس است.')
        .waitFor();
      await page.getByText('ویرایش: ۲').waitFor();
      // Exactly: the notice above says «… اکنون پیش نویس است».
      await statusChip(page, 'پیش نویس').waitFor();
      await page.getByTestId('revision-reason').getByText(reason, { exact: false }).waitFor();
      const earlier = page.getByTestId('revision-1');
      await expect(earlier.innerText()).resolves.toContain(reason);
      await page.getByRole('button', { name: 'ارسال برای بررسی' }).waitFor();
      await checkScreen(page, 'board-report-reopened');

      await page.getByRole('link', { name: 'بازگشت به فهرست گزارش ها' }).click();
      const row = page.getByTestId(`report-row-${period}`);
      await row.waitFor();
      // The list is read again on the way back: wait for the fresh row, as the user would.
      await row.getByText('پیش نویس', { exact: true }).waitFor();
      await expect(row.locator('td').last().innerText()).resolves.toBe('۲');
    });
    const report = (await env.api.get(`/kpi-reports/${created.body.id}`, board)).body;
    expect(report).toMatchObject({ status: 'draft', revision: 2, revisionReason: reason });
  });

  it('closes a survey run after a confirmation; its links then say the survey is closed', async () => {
    const login = await env.api.post('/auth/login', { email: BOARD, password: DEMO_PASSWORD });
    const board = login.body.accessToken as string;
    const associationId = login.body.user.associationId as string;
    for (const [i, nameFa] of ['شرکت پسته رفسنجان', 'بازرگانی کرمان نو'].entries()) {
      const res = await env.api.post(
        `/associations/${associationId}/members`,
        { kind: 'firm', nameFa, identifier: `${30_000_000 + i}`, joinedOn: '2024-03-20', duesStatus: 'paid' },
        board,
      );
      expect(res.status).toBe(201);
    }
    const sent = await env.api.post(
      `/associations/${associationId}/survey-runs`,
      { surveyCode: 'member_satisfaction', fiscalYear: 1404 },
      staff,
    );
    expect(sent.status).toBe(201);
    const run = sent.body.run as { id: string; surveyTitleFa: string };
    const link = (sent.body.links as { path: string }[])[0];
    const name = `بستن ${run.surveyTitleFa} سال ${toPersianDigits(1404)}`;

    await as(STAFF, async (page) => {
      await page.goto(`${env.origin}/associations/${associationId}/surveys`);
      await page.getByRole('button', { name }).waitFor();
      await checkScreen(page, 'survey-run-open');
      await page.getByRole('button', { name }).click();
      const dialog = page.getByRole('dialog', { name: 'بستن این نظرسنجی؟' });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain('دیگر کار نمی کنند');
      await dialog.getByRole('button', { name: 'بله، بسته شود' }).click();
      await page
        .getByRole('status')
        .getByText(`«${run.surveyTitleFa}» بسته شد؛ پیوندهای آن دیگر کار نمی کنند.`)
        .waitFor();
      await page.getByRole('button', { name }).waitFor({ state: 'detached' });
      const runs = page.getByRole('table', { name: 'نظرسنجی های فرستاده شده' });
      await runs.getByText('بسته', { exact: true }).first().waitFor();
      await checkScreen(page, 'survey-run-closed');
    });
    expect((await env.api.get(`/associations/${associationId}/survey-runs`, staff)).body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: run.id, status: 'closed' })]),
    );

    // A member who opens the link now: no session, the closed page.
    const { page, context } = await env.browser.newPage();
    try {
      await page.goto(`${env.origin}${link.path}`);
      await page.getByRole('heading', { name: 'این پیوند دیگر معتبر نیست' }).waitFor();
      await page.getByText('این نظرسنجی یا رأی گیری بسته شده است.').waitFor();
    } finally {
      await context.close();
    }
  });
});
