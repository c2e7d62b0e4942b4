// Journey 2, part A of issue #9: chamber staff find an association by a Persian query typed with
// Arabic letter forms, see on its gate checklist which output is missing, record it with the Jalali
// date picker (Persian digits typed), move the association forward and read the move in the history.
import { PHASE_KEYS } from '@tashakkol/associations';
import { SAMPLE_OUTPUTS } from '@tashakkol/lifecycle';
import { logIn } from './browser';
import {
  DEMO,
  DEMO_PASSWORD,
  WebEnv,
  screenshot,
  seriousA11yViolations,
  sidewaysScroll,
  unreadableText,
} from './web-env';

jest.setTimeout(240_000);

const STAFF = DEMO.staff;
const MISSING = 'approval_in_principle';

/** How a Persian name is typed on an Arabic keyboard: ي for ی, ك for ک. */
const arabicForms = (text: string) => text.replace(/ی/g, 'ي').replace(/ک/g, 'ك');

interface Row {
  id: string;
  nameFa: string;
}

describe('chamber staff: gate checklist, a missing output, a move forward (journey 2, part A)', () => {
  let env: WebEnv;
  let association: Row;
  let missingName: string;

  beforeAll(async () => {
    env = await WebEnv.start();
    const admin = await env.api.adminToken();
    // An association of the demo in formation whose name a Persian keyboard and an Arabic one spell differently.
    const list = await env.api.get('/associations?phase=formation&pageSize=100', admin);
    const found = (list.body.items as Row[]).find((a) => arabicForms(a.nameFa) !== a.nameFa);
    if (!found) throw new Error('the demo has no association in formation with ی or ک in its name');
    association = found;
    // Record every formation output but one, through the API, so exactly one is missing.
    const outputs = await env.api.get(`/associations/${association.id}/phases/formation/outputs`, admin);
    for (const item of outputs.body.items as {
      key: string;
      recorded: boolean;
      output: { version: number } | null;
    }[]) {
      if (item.key === MISSING) continue;
      const sample = (SAMPLE_OUTPUTS.formation as Record<string, Record<string, unknown>>)[item.key];
      const body =
        item.key === 'registration'
          ? { ...sample, registrationNo: `WEB-${association.id.slice(0, 8)}` }
          : sample;
      const res = await env.api.put(
        `/associations/${association.id}/phases/formation/outputs/${item.key}`,
        item.output ? { ...body, version: item.output.version } : body,
        admin,
      );
      if (res.status !== 200)
        throw new Error(`recording ${item.key}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const lifecycle = await env.api.get(`/associations/${association.id}/lifecycle`, admin);
    expect(lifecycle.body.gate.missing).toEqual([MISSING]);
    missingName = lifecycle.body.gate.items.find((i: { key: string }) => i.key === MISSING).nameFa;
  }, 400_000);

  afterAll(async () => {
    await env?.stop();
  });

  it('finds it with ي and ك, records the missing output with the Jalali picker, moves it forward, reads the history', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, STAFF, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'فهرست تشکل ها' }).click();
      await page.getByRole('heading', { name: 'فهرست تشکل ها' }).waitFor();

      const query = arabicForms(association.nameFa);
      expect(query).not.toBe(association.nameFa);
      await page.getByLabel('جستجوی نام تشکل').fill(query);
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      const link = page.locator('tbody tr th a', { hasText: association.nameFa });
      await link.waitFor();
      // The outputs arrive after the lifecycle here (a slow network): the checklist must not wait
      // for them, nor say anything wrong before them (it once read «هنوز توافق نشده است» meanwhile).
      const slowOutputs = `**/associations/${association.id}/phases/formation/outputs`;
      await page.route(
        slowOutputs,
        async (route) => {
          await new Promise((r) => setTimeout(r, 1500));
          await route.continue();
        },
        { times: 1 },
      );
      await link.click();

      await page.getByRole('heading', { name: `چرخه عمر ${association.nameFa}` }).waitFor();
      expect(page.url()).toContain(`/associations/${association.id}/lifecycle`);
      await expect(page.getByTestId('current-phase').innerText()).resolves.toContain('شکل گیری و ساماندهی');
      const gateItem = page.getByTestId(`gate-item-${MISSING}`);
      await expect(gateItem.innerText()).resolves.toContain('ثبت نشده است');
      await expect(page.getByTestId('gate-item-charter').innerText()).resolves.toContain('کامل است');
      await page.getByText('۱ مورد کم است.').waitFor();
      await page.getByRole('form', { name: missingName }).waitFor();
      expect(await unreadableText(page)).toEqual([]);
      await screenshot(page, 'staff-association');
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Moving on before the gate is met: the API's refusal, in Persian, names the missing output.
      await page.getByRole('button', { name: 'بردن به فاز بعدی' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'تأیید و ثبت' }).click();
      await dialog.getByRole('alert').getByText(`«${missingName}»`, { exact: false }).waitFor();
      await expect(dialog.getByRole('alert').innerText()).resolves.toContain('کامل نیست');
      await dialog.getByRole('button', { name: 'انصراف' }).click();
      await dialog.waitFor({ state: 'detached' });

      // The missing output, its date typed in Persian digits into the Jalali picker.
      const form = page.getByRole('form', { name: missingName });
      await form.getByRole('spinbutton', { name: 'سال' }).click();
      await page.keyboard.type('۱۴۰۵۰۲۲۰');
      await form.getByLabel('محل جلسه عمومی').fill('سالن اجتماعات اتاق کرمان');
      await form.getByRole('button', { name: `ثبت «${missingName}»` }).click();
      await form.getByRole('status').getByText('ثبت شد.').waitFor();
      await page.getByText('دروازه کامل است؛ می توانید تشکل را به فاز بعدی ببرید.').waitFor();
      await expect(gateItem.innerText()).resolves.toContain('کامل است');
      const admin = await env.api.adminToken();
      const recorded = await env.api.get(`/associations/${association.id}/phases/formation/outputs`, admin);
      const approval = (
        recorded.body.items as { key: string; output: { data: Record<string, unknown> } }[]
      ).find((i) => i.key === MISSING);
      // ۱۴۰۵/۰۲/۲۰ is 10 May 2026.
      expect(approval?.output.data.approvedAt).toBe('2026-05-10');

      // Forward, with a reason; the new phase and the history row with the reason and who moved it.
      const reason = 'همه خروجی های شکل گیری ثبت شد';
      await page.getByRole('button', { name: 'بردن به فاز بعدی' }).click();
      await dialog.getByLabel('دلیل (اختیاری)').fill(reason);
      await dialog.getByRole('button', { name: 'تأیید و ثبت' }).click();
      await page.getByRole('status').getByText('تشکل به «حمایت، هدایت و پایش» رفت.').waitFor();
      // The notice can be drawn a moment before the refetched lifecycle and history: wait for them.
      await page.getByTestId('current-phase').getByText('حمایت، هدایت و پایش', { exact: false }).waitFor();
      const newest = page.getByTestId('history-row').first();
      await newest.filter({ hasText: reason }).waitFor();
      const row = await newest.innerText();
      expect(row).toContain('شکل گیری و ساماندهی');
      expect(row).toContain('حمایت، هدایت و پایش');
      expect(row).toContain('پیشروی');
      expect(row).toContain('مریم کارشناس');
      expect(row).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/);
      const after = await env.api.get(`/associations/${association.id}/lifecycle`, admin);
      expect(after.body.phase).toBe('support_monitoring');
      expect(await unreadableText(page)).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('moving back needs a reason; a stale page is told someone else changed the record and offered a reload', async () => {
    const { page, context } = await env.browser.newPage();
    try {
      await logIn(page, env.origin, STAFF, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      await page.goto(`${env.origin}/associations/${association.id}/lifecycle`);
      await page.getByRole('heading', { name: `چرخه عمر ${association.nameFa}` }).waitFor();
      const phase = await page.getByTestId('current-phase').innerText();

      await page.getByRole('button', { name: 'بازگرداندن به فاز پیشین' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'تأیید و ثبت' }).click();
      await dialog.getByText('برای بازگرداندن تشکل، دلیل لازم است').waitFor();

      // Someone else moves the association meanwhile (the version this page read is now stale).
      const admin = await env.api.adminToken();
      const now = (await env.api.get(`/associations/${association.id}/lifecycle`, admin)).body;
      const earlier = PHASE_KEYS[PHASE_KEYS.indexOf(now.phase) - 1];
      const moved = await env.api.post(
        `/associations/${association.id}/lifecycle/transitions`,
        { to: earlier, reason: 'بازبینی مدارک ثبت', version: now.version },
        admin,
      );
      expect(moved.status).toBe(201);
      const earlierFa = (await env.api.get(`/associations/${association.id}/lifecycle`, admin)).body.nameFa;

      await dialog.getByLabel('دلیل').fill('مدارک ناقص است');
      await dialog.getByRole('button', { name: 'تأیید و ثبت' }).click();
      const alert = dialog.getByRole('alert');
      await alert.getByText('این رکورد را کس دیگری در این فاصله تغییر داده است', { exact: false }).waitFor();
      await alert.getByRole('button', { name: 'بارگذاری دوباره' }).click();
      await dialog.getByRole('button', { name: 'انصراف' }).click();
      await page.getByTestId('current-phase').getByText(earlierFa, { exact: false }).waitFor();
      expect(await page.getByTestId('current-phase').innerText()).not.toBe(phase);
      // The history is a query of its own: wait for the other's move to head it.
      const first = page.getByTestId('history-row').first();
      await first.filter({ hasText: 'بازبینی مدارک ثبت' }).waitFor();
      const newest = await first.innerText();
      expect(newest).toContain('بازبینی مدارک ثبت');
      expect(newest).toContain('بازگشت');
    } finally {
      await context.close();
    }
  });

  it('fits a phone’s width without sideways scrolling', async () => {
    const { page, context } = await env.browser.newPage({ width: 390, height: 844 });
    try {
      await logIn(page, env.origin, STAFF, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'داشبورد نقشه راه تشکل ها' }).waitFor();
      await page.goto(`${env.origin}/associations/${association.id}/lifecycle`);
      await page.getByRole('heading', { name: `چرخه عمر ${association.nameFa}` }).waitFor();
      // Whatever phase the tests before left it in (a failure there must not fail this one too).
      await page
        .getByTestId(/^gate-item-/)
        .first()
        .waitFor();
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(1);
      await screenshot(page, 'staff-association-phone');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
