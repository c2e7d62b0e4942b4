import { INestApplicationContext } from '@nestjs/common';
import { NightlyChecksService } from '@tashakkol/kpi';
import { jalaliYearOf, toJalaliDateFa } from '@tashakkol/shared';
import { startApi, TestApi } from '../support/api';
import { closeTestDb, createAssociation, testDb } from '../support/fixtures';
import { seedTestIndicators } from '../support/kpi-scoring';
import { PrivateDatabase } from '../support/private-database';
import { startWorker } from '../support/worker';

jest.setTimeout(120000);

/** Set-up calls to other contexts (their own suites check those responses against the contract). */
function setup(api: TestApi) {
  const call = (method: string, path: string, body: unknown, token?: string) =>
    api.request(method, path, { token, body, unchecked: true });
  return {
    get: (path: string, token?: string) => call('GET', path, undefined, token),
    post: (path: string, body: unknown, token?: string) => call('POST', path, body, token),
    patch: (path: string, body: unknown, token?: string) => call('PATCH', path, body, token),
  };
}

interface NotificationItem {
  id: string;
  kind: string;
  associationId: string | null;
  titleFa: string;
  bodyFa: string;
  readAt: string | null;
  email: { status: string; attempts: number };
}

/** Issue #10.9: whoever must act next gets an in-app notification, once, in Persian. */
describe('whose turn it is: the person who must act is told, once', () => {
  let db: PrivateDatabase;
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: string;
  let staff: { id: string; email: string; token: string };
  let codes: Awaited<ReturnType<typeof seedTestIndicators>>;
  const sharedDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    // Chamber-wide settings change here and the nightly checks read every association: a database of its own.
    db = await PrivateDatabase.create();
    process.env.DATABASE_URL = db.url;
    api = await startApi();
    worker = await startWorker();
    admin = await api.adminToken();
    staff = await api.userWithRole('staff');
    codes = await seedTestIndicators();
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await closeTestDb();
    process.env.DATABASE_URL = sharedDatabaseUrl;
    await db?.drop();
  });

  async function mine(token: string, kind?: string): Promise<NotificationItem[]> {
    const res = await api.get('/notifications?pageSize=100', token);
    expect(res.status).toBe(200);
    return (res.body.items as NotificationItem[]).filter((n) => !kind || n.kind === kind);
  }

  describe('a returned report', () => {
    it('tells the association’s board, in Persian with the period and the Jalali date, and nobody else', async () => {
      const assoc = await createAssociation(api, { phase: 'support_monitoring' });
      const other = await createAssociation(api, { phase: 'support_monitoring' });
      const board = await api.userWithRole('board', assoc.id);
      const otherBoard = await api.userWithRole('board', other.id);
      const draft = await setup(api).post(
        `/associations/${assoc.id}/kpi-reports`,
        { period: '1404-Q3', values: [{ indicatorCode: codes.members, value: 120 }] },
        board.token,
      );
      expect(draft.status).toBe(201);
      expect((await setup(api).post(`/kpi-reports/${draft.body.id}/submit`, {}, board.token)).status).toBe(
        200,
      );
      const returned = await setup(api).post(
        `/kpi-reports/${draft.body.id}/return`,
        { comment: 'تعداد اعضا با فهرست اعضا نمی خواند' },
        staff.token,
      );
      expect(returned.status).toBe(200);

      const told = await mine(board.token, 'report_returned');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({
        associationId: assoc.id,
        titleFa: 'گزارش فصل سوم ۱۴۰۴ برای اصلاح برگشت داده شد',
        readAt: null,
        // No SMTP_URL here: the notification is in-app only, and says so.
        email: { status: 'skipped', attempts: 0 },
      });
      expect(told[0].bodyFa).toContain(toJalaliDateFa(new Date()));
      expect(told[0].bodyFa).toContain('تعداد اعضا با فهرست اعضا نمی خواند');
      expect(await mine(otherBoard.token, 'report_returned')).toHaveLength(0);
      expect(await mine(staff.token, 'report_returned')).toHaveLength(0);

      // The bell's count: `unread=true` lists the unread only, so its total is the count.
      const unread = async (flag: string) =>
        (await api.get(`/notifications?unread=${flag}&pageSize=1`, board.token)).body;
      expect(await unread('true')).toMatchObject({ total: 1, items: [{ id: told[0].id }] });
      expect((await unread('false')).total).toBe(0);

      // Read by its recipient; another user cannot reach it; a malformed id is a 400.
      const read = await api.post(`/notifications/${told[0].id}/read`, undefined, board.token);
      expect(read.status).toBe(200);
      expect(read.body.readAt).not.toBeNull();
      expect((await unread('true')).total).toBe(0);
      expect(await unread('false')).toMatchObject({ total: 1, items: [{ id: told[0].id }] });
      const badFlag = await api.get('/notifications?unread=perhaps', board.token);
      expect(badFlag.status).toBe(400);
      expect(badFlag.body.message).toMatch(/^unread/);
      expect((await api.post(`/notifications/${told[0].id}/read`, undefined, otherBoard.token)).status).toBe(
        404,
      );
      const bad = await api.post('/notifications/abc/read', undefined, board.token);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^id/);
      expect((await api.get('/notifications?pageSize=500', board.token)).status).toBe(400);
    });
  });

  describe('a grant waiting above an approver’s limit', () => {
    it('tells the approvers whose limit covers it and the president, once, not the approver refused', async () => {
      const year = jalaliYearOf(new Date());
      const code = `k${Date.now().toString(36)}`;
      expect(
        (
          await setup(api).post(
            '/support-kinds',
            {
              code,
              nameFa: 'کمک مالی آزمایشی',
              nameEn: 'Test grant',
              carries: 'rials',
              phases: ['support_monitoring'],
            },
            admin,
          )
        ).status,
      ).toBe(201);
      expect(
        (
          await setup(api).post(
            '/support-budgets',
            { fiscalYear: year, kindCode: code, amountRials: '100000000000' },
            admin,
          )
        ).status,
      ).toBe(201);
      const [deputy, manager, tooSmall, president] = await Promise.all([
        api.userWithRole('approver'),
        api.userWithRole('approver'),
        api.userWithRole('approver'),
        api.userWithRole('president'),
      ]);
      const validUntil = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
      for (const [user, perGrant] of [
        [deputy, '1000000000'],
        [manager, '10000000000'],
        [tooSmall, '1500000000'],
      ] as const) {
        const set = await setup(api).post(
          '/approval-limits',
          { userId: user.id, kindCode: code, perGrant, yearly: perGrant, validUntil },
          admin,
        );
        expect(set.status).toBe(201);
      }
      const assoc = await createAssociation(api, { phase: 'support_monitoring' });
      const grant = await setup(api).post(
        `/associations/${assoc.id}/supports`,
        { kindCode: code, amountRials: '2500000000', justification: 'برنامه راهبردی تشکل' },
        staff.token,
      );
      expect(grant.status).toBe(201);

      for (let i = 0; i < 2; i++) {
        const refused = await setup(api).post(
          `/supports/${grant.body.id}/approve`,
          { version: 1 },
          deputy.token,
        );
        expect(refused.status).toBe(422);
        expect(refused.body.code).toBe('supports.over_per_grant_limit');
      }

      for (const who of [manager, president]) {
        const told = await mine(who.token, 'grant_over_limit');
        expect(told).toHaveLength(1);
        expect(told[0].titleFa).toBe(`درخواست «کمک مالی آزمایشی» برای ${assoc.nameFa} منتظر تصویب شماست`);
        expect(told[0].bodyFa).toContain('۲٬۵۰۰٬۰۰۰٬۰۰۰ ریال');
        expect(told[0].bodyFa).toContain('حمایت، هدایت و پایش');
      }
      expect(await mine(deputy.token, 'grant_over_limit')).toHaveLength(0);
      expect(await mine(tooSmall.token, 'grant_over_limit')).toHaveLength(0);
      // The one told can act on it.
      expect(
        (await setup(api).post(`/supports/${grant.body.id}/approve`, { version: 1 }, manager.token)).status,
      ).toBe(200);
    });
  });

  describe('a transition waiting for approval', () => {
    it('tells the approvers, naming the phases in Persian', async () => {
      const settings = await setup(api).get('/lifecycle/settings', admin);
      const on = await setup(api).patch(
        '/lifecycle/settings',
        { version: settings.body.version, transitionsNeedApproval: true },
        admin,
      );
      expect(on.status).toBe(200);
      const approver = await api.userWithRole('approver');
      const assoc = await createAssociation(api, { phase: 'diagnosis' });
      const proposed = await setup(api).post(
        `/associations/${assoc.id}/lifecycle/transitions`,
        { to: 'concept_review', reason: 'رسته باید دوباره بررسی شود', version: 1 },
        staff.token,
      );
      expect(proposed.status).toBe(201);
      expect(proposed.body.transition.status).toBe('pending');

      const told = await mine(approver.token, 'transition_pending');
      const mineHere = told.filter((n) => n.associationId === assoc.id);
      expect(mineHere).toHaveLength(1);
      expect(mineHere[0].titleFa).toBe(`انتقال ${assoc.nameFa} به فاز «بررسی مفهومی» منتظر تأیید شماست`);
      expect(mineHere[0].bodyFa).toContain('«عارضه یابی و بهینه کاوی»');
      expect(mineHere[0].bodyFa).not.toMatch(/diagnosis|concept_review/);
      expect(
        (await mine(staff.token, 'transition_pending')).filter((n) => n.associationId === assoc.id),
      ).toHaveLength(0);
    });
  });

  describe('the nightly checks', () => {
    it('remind the board a week before its report is due and tell it once it is overdue, once even when the night runs twice', async () => {
      const assoc = await createAssociation(api, { phase: 'support_monitoring' });
      const board = await api.userWithRole('board', assoc.id);
      const stalled = await createAssociation(api, { phase: 'formation' });
      await (
        await testDb()
      ).query(`UPDATE associations SET phase_entered_at = now() - interval '400 days' WHERE id = $1`, [
        stalled.id,
      ]);
      const grace = (await setup(api).get('/kpi/settings', admin)).body.reportGraceDays as number;
      // 1405-Q2 ends on 1405/07/01 in Tehran; its report is due `grace` days later. Three days before that:
      const due = new Date(Date.parse('2026-09-22T20:30:00Z') + grace * 24 * 3600 * 1000);
      const now = new Date(due.getTime() - 3 * 24 * 3600 * 1000);
      const checks = worker.get(NightlyChecksService, { strict: false });
      await checks.run(now);
      await checks.run(now);

      const dueSoon = (await mine(board.token, 'report_due')).filter((n) =>
        n.titleFa.includes('فصل دوم ۱۴۰۵'),
      );
      expect(dueSoon).toHaveLength(1);
      expect(dueSoon[0].titleFa).toBe('یادآوری: موعد گزارش فصل دوم ۱۴۰۵ نزدیک است');
      expect(dueSoon[0].bodyFa).toContain(toJalaliDateFa(due));
      const overdue = (await mine(board.token, 'report_missing')).filter((n) =>
        n.bodyFa.includes('فصل اول ۱۴۰۵'),
      );
      expect(overdue).toHaveLength(1);

      const stall = (await mine(staff.token, 'phase_stalled')).filter((n) => n.associationId === stalled.id);
      expect(stall).toHaveLength(1);
      expect(stall[0].bodyFa).toContain('«شکل گیری و ساماندهی»');
      expect(stall[0].bodyFa).not.toContain('formation');
      // The stalled phase is the staff's to act on, not the board's of another association.
      expect((await mine(board.token, 'phase_stalled')).length).toBe(0);
    });
  });
  describe('mark all read', () => {
    async function tell(userId: string, count: number): Promise<void> {
      const key = `read-all-test:${Math.random().toString(36).slice(2)}`;
      for (let i = 0; i < count; i++)
        await (
          await testDb()
        ).query(
          `INSERT INTO notifications (user_id, kind, dedupe_key, title_fa, body_fa, email_status)
           VALUES ($1, 'report_due', $2, 'یادآوری', 'موعد گزارش نزدیک است', 'skipped')`,
          [userId, `${key}:${i}`],
        );
    }
    const unreadTotal = async (token: string) =>
      (await api.get('/notifications?unread=true&pageSize=1', token)).body.total as number;

    it('marks only the caller’s own unread ones, says how many, and leaves another user’s unread', async () => {
      const me = await api.userWithRole('staff');
      const someoneElse = await api.userWithRole('staff');
      await tell(me.id, 3);
      await tell(someoneElse.id, 2);
      const first = (await mine(me.token))[0];
      expect((await api.post(`/notifications/${first.id}/read`, undefined, me.token)).status).toBe(200);

      const all = await api.post('/notifications/read-all', undefined, me.token);
      expect(all.status).toBe(200);
      expect(all.body).toEqual({ marked: 2 });
      expect(await unreadTotal(me.token)).toBe(0);
      expect((await mine(me.token)).every((n) => n.readAt !== null)).toBe(true);
      expect(await unreadTotal(someoneElse.token)).toBe(2);

      // Nothing left to mark: 0, not an error.
      expect((await api.post('/notifications/read-all', undefined, me.token)).body).toEqual({ marked: 0 });
      expect(await unreadTotal(someoneElse.token)).toBe(2);
    });
  });
});
