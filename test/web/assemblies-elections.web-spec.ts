import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { logIn } from './browser';
import {
  DEMO,
  DEMO_PASSWORD,
  WebEnv,
  screenshot,
  seriousA11yViolations,
  settledSidewaysScroll,
  toPersianDigits,
  unreadableText,
} from './web-env';

jest.setTimeout(300_000);

const BOARD = DEMO.board;
const STAFF = DEMO.staff;
const OWN = DEMO.boardAssociation;
const [ALI, MARYAM, REZA] = ['علی رضایی', 'مریم احمدی', 'رضا کاظمی'];

/** Types a Jalali day, digit by digit in Persian, into the n-th date field of a form. */
async function typeDay(page: Page, scope: Locator, n: number, persianDigits: string): Promise<void> {
  await scope.getByRole('spinbutton', { name: 'سال' }).nth(n).click();
  await page.keyboard.type(persianDigits);
}

describe('general assemblies and board elections in Chromium', () => {
  let env: WebEnv;
  let associationId: string;
  let otherId: string;

  beforeAll(async () => {
    env = await WebEnv.start();
    const login = await env.api.post('/auth/login', { email: BOARD, password: DEMO_PASSWORD });
    const boardToken = login.body.accessToken as string;
    associationId = login.body.user.associationId;
    // Members to receive ballot links (the demo registry may have none for this association).
    for (const [i, nameFa] of ['شرکت زعفران کویر', 'بازرگانی رفسنجان', 'سمیه نادری'].entries()) {
      const res = await env.api.post(
        `/associations/${associationId}/members`,
        {
          kind: i === 2 ? 'person' : 'firm',
          nameFa,
          identifier: `${30_000_000 + i}`,
          joinedOn: '2024-03-20',
          duesStatus: 'paid',
        },
        boardToken,
      );
      expect(res.status).toBe(201);
    }
    const admin = await env.api.adminToken();
    const all = (await env.api.get('/associations?pageSize=100', admin)).body.items as {
      id: string;
      nameFa: string;
    }[];
    otherId = all.find((a) => a.id !== associationId)?.id ?? '';
    expect(otherId).toBeTruthy();
  }, 300_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('the board records an ordinary assembly held on time; staff reach it from the association’s roadmap', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, BOARD, DEMO_PASSWORD);
      await page.getByRole('navigation').getByRole('link', { name: 'مجامع عمومی' }).click();
      await page.getByRole('heading', { name: `مجامع عمومی ${OWN}` }).waitFor();
      await page.getByText('هنوز مجمعی ثبت نشده است.').waitFor();

      await page.getByRole('button', { name: 'ثبت مجمع تازه' }).click();
      const dialog = page.getByRole('dialog');
      // Saving with nothing filled names the missing fields beside them, before any request.
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      // count() does not wait: wait for the third refusal to be drawn.
      await dialog.getByText('این خانه لازم است').nth(2).waitFor();

      await typeDay(page, dialog, 0, '۱۴۰۵۰۳۰۱'); // notice
      await typeDay(page, dialog, 1, '۱۴۰۵۰۳۲۰'); // scheduled
      await typeDay(page, dialog, 2, '۱۴۰۵۰۴۳۰'); // the charter's deadline
      await dialog.getByLabel('دستور جلسه').fill('گزارش هیئت مدیره\nتصویب صورت های مالی ۱۴۰۴');
      await typeDay(page, dialog, 3, '۱۴۰۵۰۳۲۰'); // held
      await dialog.getByLabel('اعضای دارای حق حضور').fill('۲۰');
      await dialog.getByLabel('اعضای حاضر').fill('۱۲');
      await dialog.getByLabel('مصوبات').fill('صورت های مالی ۱۴۰۴ تصویب شد');
      await dialog.getByRole('button', { name: 'ذخیره' }).click();
      await dialog.waitFor({ state: 'detached' });

      const card = page.getByRole('listitem').filter({ hasText: 'عادی سالانه' });
      await card.getByText('به موقع', { exact: true }).waitFor();
      await card.getByText('حد نصاب: رسید').waitFor();
      await card.getByText('۱۴۰۵/۰۳/۲۰').first().waitFor();
      await card.getByText('۱۲ حاضر از ۱۱ لازم').waitFor();
      await card.getByText('تصویب صورت های مالی ۱۴۰۴').waitFor();
      expect(await unreadableText(page)).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'board-assemblies');
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(settledSidewaysScroll(page)).resolves.toBeLessThanOrEqual(1);
      await screenshot(page, 'board-assemblies-phone');

      // What the API stored: the days in Gregorian, held on time.
      const token = await env.api.tokenFor(BOARD, DEMO_PASSWORD);
      const stored = (await env.api.get(`/associations/${associationId}/assemblies`, token)).body.items[0];
      expect(stored).toMatchObject({
        noticeDate: '2026-05-22',
        heldOn: '2026-06-10',
        heldOnTime: true,
        quorumMet: true,
      });
    } finally {
      await context.close();
    }

    const staff = await env.browser.newPage();
    try {
      await logIn(staff.page, env.origin, STAFF, DEMO_PASSWORD);
      await staff.page.getByRole('navigation').waitFor();
      await staff.page.goto(`${env.origin}/associations/${associationId}`);
      await staff.page.getByRole('link', { name: 'مجامع عمومی' }).click();
      await staff.page.getByRole('heading', { name: `مجامع عمومی ${OWN}` }).waitFor();
      await staff.page.getByText('به موقع', { exact: true }).waitFor();
    } finally {
      await staff.context.close();
    }
  });

  it('the board opens an election, the chamber issues the ballot links, members vote, the assembly’s votes are recorded, the count elects the board', async () => {
    const { page, context } = await env.browser.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
    try {
      await logIn(page, env.origin, BOARD, DEMO_PASSWORD);
      await page.getByRole('navigation').getByRole('link', { name: 'انتخابات هیئت مدیره' }).click();
      await page.getByRole('heading', { name: `انتخابات هیئت مدیره ${OWN}` }).waitFor();

      await page.getByRole('button', { name: 'انتخابات تازه' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('تعداد کرسی ها').fill('۲');
      await typeDay(page, dialog, 0, '۱۴۰۵۱۰۰۱');
      await typeDay(page, dialog, 1, '۱۴۰۷۰۹۳۰');
      // Candidate 1 stands for a firm of the member register, found with Arabic letter forms: the
      // firm's name comes from the register, the candidate is its representative.
      await dialog.getByLabel('عضو نامزد ۱ (از بانک اعضا)').fill('كوير');
      await page.getByRole('option', { name: 'شرکت زعفران کویر' }).click();
      const firm1 = dialog.getByLabel('بنگاه نامزد ۱ (اختیاری)');
      await expect(firm1.inputValue()).resolves.toBe('شرکت زعفران کویر');
      expect(await firm1.isDisabled()).toBe(true);
      await dialog.getByLabel('نام نماینده بنگاه (نامزد ۱)').fill(ALI);
      // A person of the register stands by the register's name; taken back, the row is typed again.
      await dialog.getByRole('button', { name: 'افزودن نامزد' }).click();
      await dialog.getByLabel('عضو نامزد ۲ (از بانک اعضا)').fill('نادری');
      await page.getByRole('option', { name: 'سمیه نادری' }).click();
      const name2 = dialog.getByLabel('نام و نام خانوادگی نامزد ۲');
      await expect(name2.inputValue()).resolves.toBe('سمیه نادری');
      expect(await name2.isDisabled()).toBe(true);
      await dialog.getByLabel('عضو نامزد ۲ (از بانک اعضا)').clear();
      await expect(name2.inputValue()).resolves.toBe('');
      await name2.fill(MARYAM);
      await dialog.getByRole('button', { name: 'افزودن نامزد' }).click();
      // An empty candidate is named beside its field.
      await dialog.getByRole('button', { name: 'ثبت انتخابات' }).click();
      await dialog.getByText('این خانه لازم است').waitFor();
      await dialog.getByLabel('نام و نام خانوادگی نامزد ۳').fill(REZA);
      await dialog.getByRole('button', { name: 'ثبت انتخابات' }).click();
      await dialog.waitFor({ state: 'detached' });

      const election = page.getByRole('region', { name: 'انتخابات دوره ۱۴۰۵/۱۰/۰۱ تا ۱۴۰۷/۰۹/۳۰' });
      await election.getByText('وضعیت: باز (رأی گیری)', { exact: false }).waitFor();
      await election.getByRole('rowheader', { name: ALI }).waitFor();
      await expect(election.getByRole('row').filter({ hasText: ALI }).innerText()).resolves.toContain(
        'شرکت زعفران کویر',
      );
      expect(await unreadableText(page)).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'board-election-open');

      // The board never holds the links (it could see who voted, or vote for a member): the chamber issues them.
      await election.getByText('هیئت مدیره آن ها را نمی بیند', { exact: false }).waitFor();
      await expect(election.getByRole('button', { name: 'صدور پیوندهای رأی' }).count()).resolves.toBe(0);

      // One link per current member, shown once to the staff: downloaded as CSV, copied, opened by a member.
      let rows = 0;
      const chamber = await env.browser.newPage();
      await chamber.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
      try {
        const staff = chamber.page;
        await logIn(staff, env.origin, STAFF, DEMO_PASSWORD);
        await staff.getByRole('navigation').waitFor();
        await staff.goto(`${env.origin}/associations/${associationId}/elections`);
        const issuing = staff.getByRole('region', { name: 'انتخابات دوره ۱۴۰۵/۱۰/۰۱ تا ۱۴۰۷/۰۹/۳۰' });
        await issuing.getByRole('rowheader', { name: ALI }).waitFor();
        await issuing.getByRole('button', { name: 'صدور پیوندهای رأی' }).click();
        await issuing.getByText('فقط همین یک بار نشان داده می شوند', { exact: false }).waitFor();
        const links = issuing.getByRole('table', { name: 'پیوندهای رأی صادر شده' });
        await links.getByRole('rowheader', { name: 'سمیه نادری' }).waitFor();
        rows = await links.getByRole('row').count();
        expect(rows - 1).toBeGreaterThanOrEqual(3);
        const [download] = await Promise.all([
          staff.waitForEvent('download'),
          issuing.getByRole('button', { name: 'دریافت فهرست پیوندها (CSV)' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('پیوندهای-رای.csv');
        const csv = readFileSync(await download.path(), 'utf8');
        expect(csv).toContain('سمیه نادری');
        expect(csv.trim().split('\r\n')).toHaveLength(rows);
        const href = (await links.getByRole('link').first().getAttribute('href')) ?? '';
        expect(href).toMatch(/^\/ballot\/[A-Za-z0-9_-]{20,}$/);
        expect(csv).toContain(`${env.origin}${href}`);
        await issuing.getByRole('button', { name: 'رونوشت پیوند سمیه نادری' }).click();
        await issuing.getByRole('status').getByText('رونوشت برداشته شد.').waitFor();
        const copied = await staff.evaluate(() =>
          (
            globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
          ).navigator.clipboard.readText(),
        );
        expect(copied).toMatch(new RegExp(`^${env.origin}/ballot/`));
        const lostHref =
          (await links
            .getByRole('row', { name: new RegExp('سمیه نادری') })
            .getByRole('link')
            .getAttribute('href')) ?? '';
        expect(lostHref).not.toBe(href);
        expect(await seriousA11yViolations(staff)).toEqual([]);
        await screenshot(staff, 'staff-ballot-links');

        const member = await env.browser.newPage({ width: 390, height: 844 });
        try {
          await member.page.goto(`${env.origin}${href}`);
          await member.page.getByRole('heading', { name: `رأی گیری هیئت مدیره ${OWN}` }).waitFor();
          await member.page.getByRole('checkbox', { name: MARYAM }).check();
          await member.page.getByRole('checkbox', { name: REZA }).check();
          await member.page.getByRole('button', { name: 'ثبت رأی' }).click();
          await member.page.getByText('رأی شما ثبت شد').waitFor();
        } finally {
          await member.context.close();
        }

        // Back on the page the links are gone (shown once) and the ballot is counted in.
        await staff.reload();
        await issuing.getByText('۱ رأی مخفی با پیوند ثبت شده', { exact: false }).waitFor();
        await expect(links.count()).resolves.toBe(0);
        await issuing
          .getByText(`${toPersianDigits(rows - 1)} پیوند رأی صادر شده است`, { exact: false })
          .waitFor();
        await expect(issuing.getByRole('button', { name: 'صدور پیوندهای رأی' }).count()).resolves.toBe(0);

        // A member lost her link: a new one is issued and shown once, and the old one stops working.
        await issuing.getByRole('button', { name: 'صدور دوباره پیوند گم شده' }).click();
        const reissue = staff.getByRole('dialog', { name: 'صدور دوباره پیوند رأی' });
        await reissue.getByRole('button', { name: 'صدور پیوند تازه' }).click();
        await reissue.getByText('دست کم یک عضو را برگزینید').waitFor();
        await reissue.getByLabel('اعضایی که پیوندشان را گم کرده اند').fill('سمیه');
        await staff.getByRole('option', { name: 'سمیه نادری' }).click();
        expect(await seriousA11yViolations(staff)).toEqual([]);
        await screenshot(staff, 'staff-ballot-reissue');
        await reissue.getByRole('button', { name: 'صدور پیوند تازه' }).click();
        await reissue.waitFor({ state: 'detached' });
        const fresh = issuing.getByRole('table', { name: 'پیوندهای رأی تازه' });
        const freshHref =
          (await fresh
            .getByRole('row', { name: new RegExp('سمیه نادری') })
            .getByRole('link')
            .getAttribute('href')) ?? '';
        expect(freshHref).toMatch(/^\/ballot\/[A-Za-z0-9_-]{20,}$/);
        expect(freshHref).not.toBe(lostHref);
        await expect(fresh.getByRole('row').count()).resolves.toBe(2);
        expect(await seriousA11yViolations(staff)).toEqual([]);
        const somayeh = await env.browser.newPage({ width: 390, height: 844 });
        try {
          await somayeh.page.goto(`${env.origin}${lostHref}`);
          await somayeh.page.getByRole('heading', { name: 'این پیوند دیگر معتبر نیست' }).waitFor();
          await somayeh.page
            .getByText('به جای این پیوند پیوند تازه ای برایتان صادر شده است', { exact: false })
            .waitFor();
          await somayeh.page.goto(`${env.origin}${freshHref}`);
          await somayeh.page.getByRole('heading', { name: `رأی گیری هیئت مدیره ${OWN}` }).waitFor();
          await somayeh.page.getByRole('checkbox', { name: ALI }).check();
          await somayeh.page.getByRole('button', { name: 'ثبت رأی' }).click();
          await somayeh.page.getByText('رأی شما ثبت شد').waitFor();
        } finally {
          await somayeh.context.close();
        }
      } finally {
        await chamber.context.close();
      }
      // The board sees the ballots and the links counted, never the links.
      await page.reload();
      await election.getByText('۲ رأی مخفی با پیوند ثبت شده', { exact: false }).waitFor();
      await election
        .getByText(`${toPersianDigits(rows - 1)} پیوند رأی صادر شده است`, { exact: false })
        .waitFor();

      // The votes counted on paper in the assembly.
      await election.getByLabel(`آرای ${ALI}`).fill('۴');
      await election.getByLabel(`آرای ${MARYAM}`).fill('یک');
      await election.getByRole('button', { name: 'ذخیره آرای مجمع' }).click();
      await election.getByText('یک عدد درست وارد کنید').waitFor();
      await election.getByLabel(`آرای ${MARYAM}`).fill('۱');
      await election.getByLabel(`آرای ${REZA}`).fill('۲');
      // Meanwhile another board member records votes: this page's version is stale. The refusal
      // offers a reload, after which the same figures save (the reload once only cleared the alert,
      // and the stale version was sent again).
      const boardToken = await env.api.tokenFor(BOARD, DEMO_PASSWORD);
      const open = (
        await env.api.get(`/associations/${associationId}/elections`, boardToken)
      ).body.items.find(
        (e: { termStart: string; status: string }) => e.termStart === '2026-12-22' && e.status === 'open',
      ) as { id: string; version: number; candidates: { id: string }[] };
      const meanwhile = await env.api.put(
        `/elections/${open.id}/recorded-votes`,
        { version: open.version, votes: Object.fromEntries(open.candidates.map((c) => [c.id, 0])) },
        boardToken,
      );
      expect(meanwhile.status).toBe(200);
      await election.getByRole('button', { name: 'ذخیره آرای مجمع' }).click();
      const stale = election.getByRole('alert').filter({ hasText: 'کس دیگری' });
      await stale.waitFor();
      await stale.getByRole('button', { name: 'بارگذاری دوباره' }).click();
      await stale.waitFor({ state: 'detached' });
      await election.getByRole('button', { name: 'ذخیره آرای مجمع' }).click();
      await election.getByRole('status').getByText('آرای مجمع ذخیره شد.').waitFor();
      await election.getByRole('row', { name: new RegExp(`${ALI}.*۴`) }).waitFor();

      // The count: the rule in Persian, then each candidate's votes (paper + ballots) and the elected.
      await election.getByRole('button', { name: 'شمارش آرا' }).click();
      const confirm = page.getByRole('dialog', { name: 'شمارش آرا و اعلام نتیجه' });
      await confirm.getByText('اکثریت نسبی', { exact: false }).waitFor();
      await expect(confirm.innerText()).resolves.toContain('۲ نامزد با بیشترین رأی برگزیده می شوند');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await confirm.getByRole('button', { name: 'شمارش و ثبت نتیجه' }).click();
      await confirm.waitFor({ state: 'detached' });
      await election.getByText('وضعیت: شمارش شده', { exact: false }).waitFor();

      const candidates = election.getByRole('table', { name: /^نامزدها/ });
      const row = (name: string) => candidates.getByRole('row').filter({ hasText: name });
      // Ali 4 on paper + the re-issued link's ballot; Reza 2 + 1 ballot; Maryam 1 + 1 ballot.
      await expect(row(ALI).getByRole('cell').nth(2).innerText()).resolves.toBe(toPersianDigits(5));
      await expect(row(REZA).getByRole('cell').nth(2).innerText()).resolves.toBe(toPersianDigits(3));
      await expect(row(MARYAM).getByRole('cell').nth(2).innerText()).resolves.toBe(toPersianDigits(2));
      await row(ALI).getByText('برگزیده').waitFor();
      await row(REZA).getByText('برگزیده').waitFor();
      await expect(row(MARYAM).getByText('برگزیده').count()).resolves.toBe(0);

      // The elected board, as the association's register now holds it, with its term.
      const board = election.getByRole('table', { name: 'هیئت مدیره برگزیده' });
      await board.getByRole('rowheader', { name: ALI }).waitFor();
      await board.getByRole('rowheader', { name: REZA }).waitFor();
      await expect(board.getByRole('rowheader', { name: MARYAM }).count()).resolves.toBe(0);
      await expect(board.getByRole('row').filter({ hasText: ALI }).innerText()).resolves.toContain(
        '۱۴۰۵/۱۰/۰۱ تا ۱۴۰۷/۰۹/۳۰',
      );
      expect(await unreadableText(page)).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'board-election-counted');

      const token = await env.api.tokenFor(BOARD, DEMO_PASSWORD);
      const seats = (await env.api.get(`/associations/${associationId}/board-members`, token)).body.items as {
        fullName: string;
        termStart: string;
      }[];
      expect(
        seats
          .filter((s) => s.termStart === '2026-12-22')
          .map((s) => s.fullName)
          .sort(),
      ).toEqual([ALI, REZA].sort());
    } finally {
      await context.close();
    }
  });

  it('a board opening another association’s assemblies or elections gets «یافت نشد»', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, BOARD, DEMO_PASSWORD);
      await page.getByRole('navigation').waitFor();
      for (const screen of ['assemblies', 'elections']) {
        await page.goto(`${env.origin}/associations/${otherId}/${screen}`);
        await page.getByRole('heading', { name: 'یافت نشد' }).waitFor();
        await expect(page.getByRole('button', { name: /ثبت مجمع تازه|انتخابات تازه/ }).count()).resolves.toBe(
          0,
        );
      }
    } finally {
      await context.close();
    }
  });
});
