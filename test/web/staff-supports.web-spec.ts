import type { Page } from 'playwright-core';
import { logIn } from './browser';
import {
  DEMO,
  DEMO_PASSWORD,
  WebEnv,
  rials,
  screenshot,
  seriousA11yViolations,
  settledSidewaysScroll,
  statusChip,
  unreadableText,
} from './web-env';

jest.setTimeout(300_000);

const BILLION = 1_000_000_000n;
const thisJalaliYear = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
  year: 'numeric',
  timeZone: 'Asia/Tehran',
}).format(new Date());

describe('journey 2 (part B): a support requested, approved within the limit, refused over it, delivered, seen by the board', () => {
  let env: WebEnv;
  beforeAll(async () => {
    env = await WebEnv.start();
  }, 300_000);
  afterAll(async () => {
    await env?.stop();
  });

  const as = (email: string, work: (page: Page) => Promise<void>) => env.as(email, work);

  async function statusOf(id: string): Promise<string> {
    const res = await env.api.get(`/supports/${id}`, await env.api.adminToken());
    return res.body.status;
  }

  it('walks the grant from request to the board’s list of its grants', async () => {
    const admin = await env.api.adminToken();
    const all = (await env.api.get('/associations?pageSize=100', admin)).body.items as {
      id: string;
      nameFa: string;
      phase: string;
    }[];
    // An association in formation: financial help suits the phase, and with no revenue reported yet
    // the independence precaution stays quiet, so the approver's limit is what decides.
    const forming = all.find((a) => a.phase === 'formation');
    const other = all.find((a) => a.nameFa === DEMO.boardAssociation);
    expect(forming && other).toBeTruthy();
    const name = forming?.nameFa as string;
    const offered = (await env.api.get(`/associations/${forming?.id}/lifecycle`, admin)).body.supports;
    expect(offered.map((k: { code: string }) => k.code)).toContain('financial');
    // Its board member, with a password this test knows.
    const boardEmail = 'board-forming@tashakkol.local';
    const board = await env.api.post(
      '/users',
      {
        email: boardEmail,
        password: DEMO_PASSWORD,
        fullName: 'عضو هیئت مدیره',
        role: 'board',
        associationId: forming?.id,
      },
      admin,
    );
    expect(board.status).toBe(201);

    // Staff request 1.5 billion Rials of financial help for it.
    let grantId = '';
    await as(DEMO.staff, async (page) => {
      await page.getByRole('link', { name: 'درخواست حمایت' }).click();
      await page.getByRole('heading', { name: 'درخواست حمایت' }).waitFor();
      await page.getByRole('combobox', { name: 'تشکل' }).fill(name.split(' ').slice(1).join(' '));
      await page.getByRole('option', { name, exact: true }).click();
      await page.getByRole('combobox', { name: 'نوع حمایت' }).click();
      await page.getByRole('option', { name: 'حمایت مالی', exact: true }).click();
      await page.getByLabel('مبلغ (ریال)').fill('۱٬۵۰۰٬۰۰۰٬۰۰۰');
      await page.getByText(`برابر ${rials(1_500_000_000n)}`).waitFor();

      // Without a justification the API refuses, and its Persian message stands beside the field.
      await page.getByRole('button', { name: 'ثبت درخواست' }).click();
      const justification = page.getByLabel('توجیه درخواست');
      await page.waitForFunction(
        () => (globalThis as any).document.querySelector('textarea[aria-invalid="true"]') !== null,
      );
      const describedBy = await justification.getAttribute('aria-describedby');
      const helper = await page.locator(`[id="${describedBy}"]`).innerText();
      expect(helper).toMatch(/توجیه/);
      expect(helper).not.toMatch(/[A-Za-z]/);

      await justification.fill('کمک مالی برای راه اندازی واحد خدمات صادراتی اعضا');
      await page.getByRole('button', { name: 'ثبت درخواست' }).click();
      await page.waitForURL(/\/supports\/[0-9a-f-]{36}$/);
      grantId = page.url().split('/').pop() as string;
      await page.getByRole('heading', { name: `حمایت مالی — ${name}` }).waitFor();
      await statusChip(page, 'درخواست شده').waitFor();

      await page.getByRole('link', { name: 'بازگشت به فهرست حمایت ها' }).click();
      await page.getByRole('heading', { name: 'حمایت ها', exact: true }).waitFor();
      await page
        .locator('tbody tr')
        .filter({ hasText: name })
        .filter({ hasText: rials(1_500_000_000n) })
        .waitFor();
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'supports-list');
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
    expect(await statusOf(grantId)).toBe('requested');

    // A second one, over the approver's 2 billion a grant (1.5 + 3 billion stays under the precaution's 5).
    const staffToken = await env.api.tokenFor(DEMO.staff, DEMO_PASSWORD);
    const over = await env.api.post(
      `/associations/${forming?.id}/supports`,
      { kindCode: 'financial', amountRials: (3n * BILLION).toString(), justification: 'تجهیز دبیرخانه تشکل' },
      staffToken,
    );
    expect(over.status).toBe(201);

    // The approver sees the budget left and their own limit, approves the first, is refused the second.
    await as(DEMO.approver, async (page) => {
      await page.goto(`${env.origin}/supports/${grantId}`);
      await page.getByRole('heading', { name: 'پیش از تصمیم' }).waitFor();
      const before = page.getByRole('region', { name: 'پیش از تصمیم' });
      await before.getByText(`مانده بودجه این نوع حمایت در سال ${thisJalaliYear}`).first().waitFor();
      await before.getByText('سقف هر حمایت').waitFor();
      const figures = await before.innerText();
      expect(figures).toContain(rials(2n * BILLION));
      expect(figures).toContain('مانده سقف سالانه');
      expect(figures).not.toContain('رد خواهد شد');
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'support-approve');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'تأیید', exact: true }).click();
      await page.getByText('حمایت تأیید شد.').waitFor();
      await page.getByRole('button', { name: 'تأیید', exact: true }).waitFor({ state: 'detached' });
      await statusChip(page, 'تأیید شده').waitFor();

      await page.goto(`${env.origin}/supports/${over.body.id}`);
      await page.getByRole('heading', { name: 'پیش از تصمیم' }).waitFor();
      await page.getByText('این حمایت از سقف هر حمایت شما بیشتر است؛ تأیید آن رد خواهد شد.').waitFor();
      await page.getByRole('button', { name: 'تأیید', exact: true }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'سقف' }).last();
      await refusal.waitFor();
      const text = await refusal.innerText();
      expect(text).toContain('از سقف اختیار شما برای هر حمایت');
      expect(text).not.toMatch(/[A-Za-z]/);
      await screenshot(page, 'support-over-limit');
      // Still requested: the chip, and the API.
      await statusChip(page, 'درخواست شده').waitFor();
      await page.getByRole('button', { name: 'تأیید', exact: true }).waitFor();
      expect(await statusOf(over.body.id)).toBe('requested');

      // The grant waits for someone who may approve it: the president does, while this page is open.
      const president = await env.api.tokenFor(DEMO.president, DEMO_PASSWORD);
      const byPresident = await env.api.post(
        `/supports/${over.body.id}/approve`,
        { version: over.body.version },
        president,
      );
      expect(byPresident.status).toBe(200);
      await page.getByRole('button', { name: 'تأیید', exact: true }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'کس دیگری' });
      await conflict.waitFor();
      await conflict.getByRole('button', { name: 'بارگذاری دوباره' }).click();
      // «تأیید شده» is also on the page before the reload (the budget's «رزرو شده (تأیید شده)»), so wait
      // for what only the reloaded grant shows: no approve button, and who decided.
      await page.getByRole('button', { name: 'تأیید', exact: true }).waitFor({ state: 'detached' });
      await page.getByText('رییس اتاق').first().waitFor();
      await statusChip(page, 'تأیید شده').waitFor();
    });
    expect(await statusOf(grantId)).toBe('approved');

    // Staff record the delivery of the approved one.
    await as(DEMO.staff, async (page) => {
      await page.goto(`${env.origin}/supports/${grantId}`);
      await page.getByLabel('مدرک تحویل (شماره نامه یا سند)').fill('صورتجلسه تحویل شماره ۲۳۴/ت');
      await page.getByRole('button', { name: 'ثبت تحویل' }).click();
      await page.getByText('تحویل حمایت ثبت شد.').waitFor();
      await page.getByRole('button', { name: 'ثبت تحویل' }).waitFor({ state: 'detached' });
      await statusChip(page, 'تحویل شده').waitFor();
    });
    expect(await statusOf(grantId)).toBe('delivered');

    // The board sees it among its grants with the decision and who made it; another's says «یافت نشد».
    await as(boardEmail, async (page) => {
      await page.getByRole('link', { name: 'حمایت های تشکل من' }).click();
      await page.getByRole('heading', { name: /^حمایت های اتاق از تشکل/ }).waitFor();
      const row = page.locator('tbody tr').filter({ hasText: rials(1_500_000_000n) });
      await row.waitFor();
      const cells = await row.innerText();
      expect(cells).toContain('حمایت مالی');
      expect(cells).toContain('تحویل شده');
      expect(cells).toContain('علی معاون');
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'board-grants');
      expect(await seriousA11yViolations(page)).toEqual([]);

      const others = (await env.api.get(`/associations/${other?.id}/supports`, admin)).body.items;
      await page.goto(`${env.origin}/associations/${other?.id}/supports`);
      await page.getByRole('heading', { name: 'یافت نشد' }).waitFor();
      await page.goto(`${env.origin}/supports/${others[0].id}`);
      await page.getByRole('heading', { name: 'یافت نشد' }).waitFor();
    });
  });

  it('a board reads its grants and one grant’s steps at a phone’s width without sideways scrolling', async () => {
    const { page, context } = await env.browser.newPage({ width: 390, height: 844 });
    try {
      await logIn(page, env.origin, DEMO.board, DEMO_PASSWORD);
      await page.getByRole('button', { name: 'باز کردن منو' }).click();
      await page.getByRole('link', { name: 'حمایت های تشکل من' }).click();
      await page.getByRole('heading', { name: /^حمایت های اتاق از تشکل/ }).waitFor();
      // Measured once the grants are listed, not over the empty page before they arrive.
      const first = page.locator('tbody tr th a').first();
      await first.waitFor();
      const overflow = () => settledSidewaysScroll(page);
      expect(await overflow()).toBeLessThanOrEqual(1);
      await first.click();
      await page.getByRole('heading', { name: 'سابقه گام ها' }).waitFor();
      await page.getByRole('region', { name: 'سابقه گام ها' }).locator('tbody tr').first().waitFor();
      expect(await overflow()).toBeLessThanOrEqual(1);
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'board-grant-phone');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
