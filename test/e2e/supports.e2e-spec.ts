import { jalaliYearOf } from '@tashakkol/shared';
import { seedIndicatorCatalog } from '../../db/seeds/kpi.seed';
import { startApi, TestApi } from '../support/api';
import { createAssociation, testDb } from '../support/fixtures';

jest.setTimeout(120_000);

const YEAR = jalaliYearOf(new Date());
const BILLION = 1_000_000_000n;

describe('supports (حمایت ها)', () => {
  let api: TestApi;
  let admin: string;
  let staff: { id: string; token: string };
  let approver: { id: string; token: string };
  let president: { id: string; token: string };
  let kindSeq = 0;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.adminToken();
    [staff, approver, president] = await Promise.all([
      api.userWithRole('staff'),
      api.userWithRole('approver'),
      api.userWithRole('president'),
    ]);
  });
  afterAll(() => api.close());

  /** A fresh kind with its own budget, so each test owns its figures. */
  async function kindWithBudget(
    opts: {
      carries?: 'rials' | 'hours' | 'in_kind';
      phases?: string[];
      amountRials?: string;
      hours?: number;
    } = {},
  ): Promise<string> {
    const code = `k${Date.now().toString(36)}_${kindSeq++}`;
    const carries = opts.carries ?? 'rials';
    const created = await api.post(
      '/support-kinds',
      {
        code,
        nameFa: 'نوع آزمایشی',
        nameEn: 'Test kind',
        carries,
        phases: opts.phases ?? ['support_monitoring', 'development'],
      },
      admin,
    );
    expect(created.status).toBe(201);
    if (opts.amountRials || opts.hours) {
      const budget = await api.post(
        '/support-budgets',
        { fiscalYear: YEAR, kindCode: code, amountRials: opts.amountRials, hours: opts.hours },
        admin,
      );
      expect(budget.status).toBe(201);
    }
    return code;
  }

  async function request(associationId: string, body: Record<string, unknown>) {
    const res = await api.post(
      `/associations/${associationId}/supports`,
      { justification: 'برای آزمون گردش کار', ...body },
      staff.token,
    );
    expect(res.status).toBe(201);
    return res.body;
  }

  async function budgetOf(kindCode: string) {
    const res = await api.get(`/support-budgets?fiscalYear=${YEAR}`, admin);
    expect(res.status).toBe(200);
    return res.body.items.find((b: { kindCode: string }) => b.kindCode === kindCode);
  }

  describe('the catalog of kinds', () => {
    it('lists the chamber kinds with the phases each suits and what it carries, to every role', async () => {
      const assoc = await createAssociation(api);
      const board = await api.userWithRole('board', assoc.id);
      const res = await api.get('/support-kinds', board.token);
      expect(res.status).toBe(200);
      const byCode = Object.fromEntries(res.body.map((k: { code: string }) => [k.code, k]));
      expect(byCode.financial).toMatchObject({ nameFa: 'حمایت مالی', carries: 'rials' });
      expect(byCode.training).toMatchObject({
        nameFa: 'آموزش',
        carries: 'hours',
        phases: expect.arrayContaining(['support_monitoring']),
      });
      expect(byCode.moral).toMatchObject({ nameFa: 'حمایت معنوی', carries: 'in_kind' });
      expect(Object.keys(byCode)).toEqual(
        expect.arrayContaining([
          'strategic_plan',
          'growth_strategy',
          'knowledge_org',
          'rnd_unit',
          'venue',
          'member_database',
        ]),
      );
      // Entry into policy-making is the association's milestone, not a support: retired, history kept.
      expect(byCode.policy_advocacy).toMatchObject({ active: false });
    });

    it('lets only the admin add a kind', async () => {
      const res = await api.post(
        '/support-kinds',
        { code: 'no_way', nameFa: 'نه', nameEn: 'No', carries: 'rials', phases: ['development'] },
        staff.token,
      );
      expect(res.status).toBe(403);
    });
  });

  describe('budgets', () => {
    it('are set by the admin in Rials as strings and show reserved and spent', async () => {
      const code = await kindWithBudget({ amountRials: '25000000000' });
      expect(await budgetOf(code)).toMatchObject({
        fiscalYear: YEAR,
        unit: 'rials',
        amountRials: '25000000000',
        reserved: '0',
        spent: '0',
        available: '25000000000',
      });
    });

    it('refuses a second budget for the same year and kind with 409', async () => {
      const code = await kindWithBudget({ amountRials: '1000' });
      const again = await api.post(
        '/support-budgets',
        { fiscalYear: YEAR, kindCode: code, amountRials: '2000' },
        admin,
      );
      expect(again.status).toBe(409);
    });

    it('refuses Rials sent as a number, an unknown kind, hours for a Rials kind (400 naming the field) and staff (403)', async () => {
      const code = await kindWithBudget();
      const asNumber = await api.post(
        '/support-budgets',
        { fiscalYear: YEAR, kindCode: code, amountRials: 5000 },
        admin,
      );
      expect(asNumber.status).toBe(400);
      expect(asNumber.body.message).toMatch(/^amountRials/);
      const unknown = await api.post(
        '/support-budgets',
        { fiscalYear: YEAR, kindCode: 'nope', amountRials: '5' },
        admin,
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toMatch(/^kindCode/);
      const hours = await api.post(
        '/support-budgets',
        { fiscalYear: YEAR, kindCode: code, hours: 10 },
        admin,
      );
      expect(hours.status).toBe(400);
      expect(hours.body.message).toMatch(/^hours/);
      expect(
        (
          await api.post(
            '/support-budgets',
            { fiscalYear: YEAR, kindCode: code, amountRials: '5' },
            staff.token,
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await api.get(
            '/support-budgets',
            (await api.userWithRole('board', (await createAssociation(api)).id)).token,
          )
        ).status,
      ).toBe(403);
    });
  });

  describe('requesting a support', () => {
    it('stamps the phase the association is in at that moment, and keeps it after the association moves on', async () => {
      const assoc = await createAssociation(api, { phase: 'formation' });
      const grant = await request(assoc.id, { kindCode: 'training', hours: 24, participants: 30 });
      expect(grant).toMatchObject({
        phase: 'formation',
        suitsPhase: true,
        status: 'requested',
        hours: 24,
        participants: 30,
        fiscalYear: YEAR,
        version: 1,
      });
      expect(grant.requestedAtJalali).toMatch(/^14\d\d\/\d\d\/\d\d$/);
      const db = await testDb();
      await db.query(`UPDATE associations SET phase = 'support_monitoring' WHERE id = $1`, [assoc.id]);
      const later = await request(assoc.id, { kindCode: 'training', hours: 8, participants: 12 });
      expect(later.phase).toBe('support_monitoring');
      const first = await api.get(`/supports/${grant.id}`, staff.token);
      expect(first.body.phase).toBe('formation');
      expect(first.body.events).toEqual([
        expect.objectContaining({ action: 'request', toStatus: 'requested', actorId: staff.id }),
      ]);
    });

    it('needs an override reason for a kind that does not suit the current phase', async () => {
      const assoc = await createAssociation(api, { phase: 'concept_review' });
      const refused = await api.post(
        `/associations/${assoc.id}/supports`,
        { kindCode: 'financial', amountRials: '1000000', justification: 'زود است ولی لازم' },
        staff.token,
      );
      expect(refused.status).toBe(422);
      expect(refused.body.message).toMatch(/^overrideReason/);
      const overridden = await request(assoc.id, {
        kindCode: 'financial',
        amountRials: '1000000',
        overrideReason: 'تصمیم هیئت رییسه اتاق',
      });
      expect(overridden).toMatchObject({
        phase: 'concept_review',
        suitsPhase: false,
        overrideReason: 'تصمیم هیئت رییسه اتاق',
        amountRials: '1000000',
      });
    });

    it('refuses bad input with 400 naming the field', async () => {
      const assoc = await createAssociation(api, { phase: 'support_monitoring' });
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ kindCode: 'financial', amountRials: 1000 }, /^amountRials/],
        [{ kindCode: 'financial', amountRials: '-5' }, /^amountRials/],
        [{ kindCode: 'financial', amountRials: '12.5' }, /^amountRials/],
        [{ kindCode: 'financial' }, /^amountRials/],
        [{ kindCode: 'training', amountRials: '1000' }, /^amountRials/],
        [{ kindCode: 'training' }, /^hours/],
        [{ kindCode: 'training', hours: 8 }, /^participants/],
        [{ kindCode: 'financial', amountRials: '1000', hours: 3 }, /^hours/],
        [{ kindCode: 'unknown_kind', amountRials: '1000' }, /^kindCode/],
        [{ kindCode: 'financial', amountRials: '1000', justification: undefined }, /justification/],
        [{ kindCode: 'financial', amountRials: '1000', personId: 'x' }, /personId is not an accepted field/],
      ];
      for (const [body, message] of cases) {
        const res = await api.post(
          `/associations/${assoc.id}/supports`,
          { justification: 'توجیه کافی', ...body },
          staff.token,
        );
        expect([res.status, res.body.message]).toEqual([400, expect.stringMatching(message)]);
      }
      expect(
        (
          await api.post(
            '/associations/not-a-uuid/supports',
            { kindCode: 'moral', justification: 'توجیه کافی' },
            staff.token,
          )
        ).status,
      ).toBe(400);
      const missing = await api.post(
        '/associations/00000000-0000-4000-8000-000000000000/supports',
        { kindCode: 'moral', justification: 'توجیه کافی' },
        staff.token,
      );
      expect(missing.status).toBe(404);
    });

    it('is for staff and admin only (403 for approver, president and board)', async () => {
      const assoc = await createAssociation(api, { phase: 'support_monitoring' });
      const board = await api.userWithRole('board', assoc.id);
      for (const token of [approver.token, president.token, board.token]) {
        const res = await api.post(
          `/associations/${assoc.id}/supports`,
          { kindCode: 'moral', justification: 'توجیه کافی' },
          token,
        );
        expect(res.status).toBe(403);
      }
      expect(
        (
          await api.post(
            `/associations/${assoc.id}/supports`,
            { kindCode: 'moral', justification: 'توجیه کافی' },
            admin,
          )
        ).status,
      ).toBe(201);
    });
  });

  describe('the workflow: requested → approved → delivered, or rejected / cancelled', () => {
    it('reserves on approval, spends on delivery, records every step and audits it', async () => {
      const code = await kindWithBudget({ amountRials: (10n * BILLION).toString() });
      const assoc = await createAssociation(api, { phase: 'support_monitoring' });
      const grant = await request(assoc.id, { kindCode: code, amountRials: (2n * BILLION).toString() });

      const approved = await api.post(
        `/supports/${grant.id}/approve`,
        { version: grant.version, comment: 'مطابق برنامه' },
        president.token,
      );
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        approvedBy: president.id,
        version: grant.version + 1,
      });
      expect(await budgetOf(code)).toMatchObject({
        reserved: '2000000000',
        spent: '0',
        available: '8000000000',
      });

      const noEvidence = await api.post(
        `/supports/${grant.id}/deliver`,
        { version: approved.body.version },
        staff.token,
      );
      expect(noEvidence.status).toBe(400);
      expect(noEvidence.body.message).toMatch(/^evidence/);
      const delivered = await api.post(
        `/supports/${grant.id}/deliver`,
        { version: approved.body.version, evidence: 'صورتجلسه تحویل ۲۳۴/ت' },
        staff.token,
      );
      expect(delivered.status).toBe(200);
      expect(delivered.body).toMatchObject({
        status: 'delivered',
        evidence: 'صورتجلسه تحویل ۲۳۴/ت',
        deliveredBy: staff.id,
      });
      expect(await budgetOf(code)).toMatchObject({
        reserved: '0',
        spent: '2000000000',
        available: '8000000000',
      });

      const full = await api.get(`/supports/${grant.id}`, staff.token);
      expect(
        full.body.events.map((e: { action: string; actorId: string; comment: string | null }) => [
          e.action,
          e.actorId,
          e.comment,
        ]),
      ).toEqual([
        ['request', staff.id, null],
        ['approve', president.id, 'مطابق برنامه'],
        ['deliver', staff.id, null],
      ]);
      const audit = await api.get(`/audit?entity=support_grant&entityId=${grant.id}`, admin);
      expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual([
        'support.deliver',
        'support.approve',
        'support.request',
      ]);
      expect(audit.body.items[0].associationId).toBe(assoc.id);
    });

    it('refuses a stale version (409) and an illegal move such as delivering a rejected grant (409)', async () => {
      const code = await kindWithBudget({ amountRials: (10n * BILLION).toString() });
      const assoc = await createAssociation(api, { phase: 'development' });
      const grant = await request(assoc.id, { kindCode: code, amountRials: '5000000' });
      const rejected = await api.post(
        `/supports/${grant.id}/reject`,
        { version: grant.version, comment: 'خارج از اولویت' },
        president.token,
      );
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', decidedBy: president.id });
      const stale = await api.post(
        `/supports/${grant.id}/approve`,
        { version: grant.version },
        president.token,
      );
      expect(stale.status).toBe(409);
      expect(stale.body.message).toMatch(/^version/);
      const illegal = await api.post(
        `/supports/${grant.id}/deliver`,
        { version: rejected.body.version, evidence: 'سند' },
        staff.token,
      );
      expect(illegal.status).toBe(409);
      expect(illegal.body.code).toBe('supports.illegal_transition');
      const rejectNoComment = await api.post(
        `/supports/${grant.id}/reject`,
        { version: rejected.body.version },
        president.token,
      );
      expect(rejectNoComment.status).toBe(400);
      expect(rejectNoComment.body.message).toMatch(/^comment/);
    });

    it('gives the reservation back when an approved grant is cancelled', async () => {
      const code = await kindWithBudget({ amountRials: (3n * BILLION).toString() });
      const assoc = await createAssociation(api, { phase: 'development' });
      const grant = await request(assoc.id, { kindCode: code, amountRials: (3n * BILLION).toString() });
      const approved = await api.post(`/supports/${grant.id}/approve`, { version: 1 }, admin);
      expect(approved.status).toBe(200);
      expect((await budgetOf(code)).available).toBe('0');
      const cancelled = await api.post(
        `/supports/${grant.id}/cancel`,
        { version: approved.body.version, comment: 'انصراف تشکل' },
        staff.token,
      );
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('cancelled');
      expect(await budgetOf(code)).toMatchObject({ reserved: '0', available: '3000000000' });
    });

    it('refuses approval without a budget for the kind and year (422), and approval by staff or board (403)', async () => {
      const code = await kindWithBudget();
      const assoc = await createAssociation(api, { phase: 'development' });
      const board = await api.userWithRole('board', assoc.id);
      const grant = await request(assoc.id, { kindCode: code, amountRials: '1000' });
      const noBudget = await api.post(`/supports/${grant.id}/approve`, { version: 1 }, president.token);
      expect(noBudget.status).toBe(422);
      expect(noBudget.body.code).toBe('supports.no_budget');
      expect((await api.post(`/supports/${grant.id}/approve`, { version: 1 }, staff.token)).status).toBe(403);
      expect((await api.post(`/supports/${grant.id}/approve`, { version: 1 }, board.token)).status).toBe(403);
      expect(
        (await api.post(`/supports/${grant.id}/deliver`, { version: 1, evidence: 'x' }, approver.token))
          .status,
      ).toBe(403);
    });

    it('approves in-kind help with no budget (moral support carries no Rials)', async () => {
      const assoc = await createAssociation(api, { phase: 'diagnosis' });
      const grant = await request(assoc.id, {
        kindCode: 'moral',
        justification: 'معرفی به رسانه ها و نامه حمایت',
      });
      const res = await api.post(`/supports/${grant.id}/approve`, { version: 1 }, president.token);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('approved');
    });
  });

  describe('the budget under concurrency', () => {
    it('never overspends: 50 parallel approvals at a budget that fits 10 → exactly 10 approved', async () => {
      const code = await kindWithBudget({ amountRials: (10n * BILLION).toString() });
      const assocs = await Promise.all(
        Array.from({ length: 5 }, () => createAssociation(api, { phase: 'development' })),
      );
      const grants = [];
      for (let i = 0; i < 50; i++)
        grants.push(await request(assocs[i % 5].id, { kindCode: code, amountRials: BILLION.toString() }));

      const results = await Promise.all(
        grants.map((g) =>
          api.post(
            `/supports/${g.id}/approve`,
            { version: g.version, acknowledgePrecautions: true },
            president.token,
          ),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.filter((s) => s === 422)).toHaveLength(40);
      expect(
        results.filter((r) => r.status === 422).every((r) => r.body.code === 'supports.budget_exceeded'),
      ).toBe(true);

      expect(await budgetOf(code)).toMatchObject({ reserved: '10000000000', spent: '0', available: '0' });
      const db = await testDb();
      const [row] = await db.query(
        `SELECT SUM(amount_rials)::text AS committed, COUNT(*)::int AS n FROM support_grants WHERE kind_code = $1 AND status IN ('approved', 'delivered')`,
        [code],
      );
      expect(row).toEqual({ committed: '10000000000', n: 10 });
    });
  });

  describe('delegated approval limits (تفویض اختیار)', () => {
    const inAYear = () => new Date(Date.now() + 365 * 86400_000).toISOString();

    it('lets an approver approve within its per-grant and yearly limits and refuses beyond, naming the limit', async () => {
      const code = await kindWithBudget({ amountRials: (100n * BILLION).toString() });
      const deputy = await api.userWithRole('approver');
      const assoc = await createAssociation(api, { phase: 'development' });
      const small = await request(assoc.id, { kindCode: code, amountRials: (2n * BILLION).toString() });

      const noLimit = await api.post(`/supports/${small.id}/approve`, { version: 1 }, deputy.token);
      expect(noLimit.status).toBe(422);
      expect(noLimit.body.code).toBe('supports.over_no_limit');

      const set = await api.post(
        '/approval-limits',
        {
          userId: deputy.id,
          kindCode: code,
          perGrant: (2n * BILLION).toString(),
          yearly: (3n * BILLION).toString(),
          validUntil: inAYear(),
        },
        admin,
      );
      expect(set.status).toBe(201);
      expect(set.body).toMatchObject({
        userId: deputy.id,
        perGrant: '2000000000',
        yearly: '3000000000',
        active: true,
        delegatedFromId: null,
      });

      const big = await request(assoc.id, { kindCode: code, amountRials: (2n * BILLION + 1n).toString() });
      const overPerGrant = await api.post(`/supports/${big.id}/approve`, { version: 1 }, deputy.token);
      expect(overPerGrant.status).toBe(422);
      expect(overPerGrant.body.message).toMatch(/^perGrantLimit/);

      expect((await api.post(`/supports/${small.id}/approve`, { version: 1 }, deputy.token)).status).toBe(
        200,
      );
      const second = await request(assoc.id, { kindCode: code, amountRials: (2n * BILLION).toString() });
      const overYearly = await api.post(`/supports/${second.id}/approve`, { version: 1 }, deputy.token);
      expect(overYearly.status).toBe(422);
      expect(overYearly.body.message).toMatch(/^yearlyLimit/);

      // The president is bound by no limit.
      expect((await api.post(`/supports/${big.id}/approve`, { version: 1 }, president.token)).status).toBe(
        200,
      );
    });

    it('lets an approver delegate within its own limit, and not beyond', async () => {
      const code = await kindWithBudget({ amountRials: (100n * BILLION).toString() });
      const deputy = await api.userWithRole('approver');
      const manager = await api.userWithRole('approver');
      const until = inAYear();
      await api.post(
        '/approval-limits',
        {
          userId: deputy.id,
          kindCode: code,
          perGrant: '2000000000',
          yearly: '5000000000',
          validUntil: until,
        },
        admin,
      );

      const tooMuch = await api.post(
        '/approval-limits',
        {
          userId: manager.id,
          kindCode: code,
          perGrant: '3000000000',
          yearly: '3000000000',
          validUntil: until,
        },
        deputy.token,
      );
      expect(tooMuch.status).toBe(422);
      expect(tooMuch.body.message).toMatch(/^perGrant/);
      const tooLong = await api.post(
        '/approval-limits',
        {
          userId: manager.id,
          kindCode: code,
          perGrant: '1000000000',
          yearly: '1000000000',
          validUntil: new Date(Date.now() + 800 * 86400_000).toISOString(),
        },
        deputy.token,
      );
      expect(tooLong.status).toBe(422);
      expect(tooLong.body.message).toMatch(/^validUntil/);
      const self = await api.post(
        '/approval-limits',
        { userId: deputy.id, kindCode: code, perGrant: '1', yearly: '1', validUntil: until },
        deputy.token,
      );
      expect(self.status).toBe(422);

      const delegated = await api.post(
        '/approval-limits',
        {
          userId: manager.id,
          kindCode: code,
          perGrant: '1000000000',
          yearly: '1000000000',
          validUntil: until,
        },
        deputy.token,
      );
      expect(delegated.status).toBe(201);
      expect(delegated.body.delegatedFromId).toEqual(expect.any(String));
      expect(delegated.body.grantedBy).toBe(deputy.id);

      const assoc = await createAssociation(api, { phase: 'development' });
      const grant = await request(assoc.id, { kindCode: code, amountRials: '1000000000' });
      expect((await api.post(`/supports/${grant.id}/approve`, { version: 1 }, manager.token)).status).toBe(
        200,
      );

      const listed = await api.get(`/approval-limits?userId=${manager.id}`, staff.token);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toHaveLength(1);
    });

    it("shows an approver their own limits with this year's use, what they delegated, and whom they may delegate to", async () => {
      const code = await kindWithBudget({ amountRials: (100n * BILLION).toString() });
      const deputy = await api.userWithRole('approver');
      const manager = await api.userWithRole('approver');
      const until = inAYear();
      await api.post(
        '/approval-limits',
        {
          userId: deputy.id,
          kindCode: code,
          perGrant: '2000000000',
          yearly: '5000000000',
          validUntil: until,
        },
        admin,
      );
      const assoc = await createAssociation(api, { phase: 'development' });
      const grant = await request(assoc.id, { kindCode: code, amountRials: '1500000000' });
      expect((await api.post(`/supports/${grant.id}/approve`, { version: 1 }, deputy.token)).status).toBe(
        200,
      );
      const delegated = await api.post(
        '/approval-limits',
        {
          userId: manager.id,
          kindCode: code,
          perGrant: '1000000000',
          yearly: '1000000000',
          validUntil: until,
        },
        deputy.token,
      );
      expect(delegated.status).toBe(201);

      const mine = await api.get('/approval-limits/mine', deputy.token);
      expect(mine.status).toBe(200);
      expect(mine.body.fiscalYear).toBe(YEAR);
      expect(mine.body.limits).toEqual([
        expect.objectContaining({
          kindCode: code,
          perGrant: '2000000000',
          yearly: '5000000000',
          usedThisYear: '1500000000',
          yearlyLeft: '3500000000',
        }),
      ]);
      expect(mine.body.delegated[0]).toMatchObject({
        id: delegated.body.id,
        userId: manager.id,
        userName: expect.any(String),
        active: true,
      });
      const delegateIds = mine.body.delegates.map((d: { id: string }) => d.id);
      expect(delegateIds).toContain(manager.id);
      expect(delegateIds).not.toContain(deputy.id);

      // The delegate sees the limit it received, nothing used yet, and has delegated nothing.
      const theirs = await api.get('/approval-limits/mine', manager.token);
      expect(theirs.body.limits).toEqual([
        expect.objectContaining({ kindCode: code, usedThisYear: '0', yearlyLeft: '1000000000' }),
      ]);
      expect(theirs.body.delegated).toEqual([]);
      expect((await api.get('/approval-limits/mine', staff.token)).status).toBe(403);
    });

    it('refuses an expired limit, a limit for a non-approver, bad input, and staff setting limits', async () => {
      const code = await kindWithBudget({ amountRials: (10n * BILLION).toString() });
      const deputy = await api.userWithRole('approver');
      const db = await testDb();
      const set = await api.post(
        '/approval-limits',
        { userId: deputy.id, kindCode: code, perGrant: '100', yearly: '100', validUntil: inAYear() },
        admin,
      );
      await db.query(
        `UPDATE approval_limits SET valid_from = now() - interval '2 days', valid_until = now() - interval '1 day' WHERE id = $1`,
        [set.body.id],
      );
      const assoc = await createAssociation(api, { phase: 'development' });
      const grant = await request(assoc.id, { kindCode: code, amountRials: '100' });
      const expired = await api.post(`/supports/${grant.id}/approve`, { version: 1 }, deputy.token);
      expect(expired.status).toBe(422);
      expect(expired.body.code).toBe('supports.over_no_limit');

      const notApprover = await api.post(
        '/approval-limits',
        { userId: staff.id, kindCode: code, perGrant: '1', yearly: '1', validUntil: inAYear() },
        admin,
      );
      expect(notApprover.status).toBe(400);
      expect(notApprover.body.message).toMatch(/^userId/);
      const badAmount = await api.post(
        '/approval-limits',
        { userId: deputy.id, kindCode: code, perGrant: 5, yearly: '1', validUntil: inAYear() },
        admin,
      );
      expect(badAmount.status).toBe(400);
      expect(badAmount.body.message).toMatch(/^perGrant/);
      const badPeriod = await api.post(
        '/approval-limits',
        { userId: deputy.id, kindCode: code, perGrant: '1', yearly: '1', validUntil: '2020-01-01T00:00:00Z' },
        admin,
      );
      expect(badPeriod.status).toBe(400);
      expect(badPeriod.body.message).toMatch(/^validUntil/);
      expect(
        (
          await api.post(
            '/approval-limits',
            { userId: deputy.id, kindCode: code, perGrant: '1', yearly: '1', validUntil: inAYear() },
            staff.token,
          )
        ).status,
      ).toBe(403);
    });
  });

  describe('the financial independence precaution', () => {
    it('needs an explicit acknowledgement when the year’s grants would pass the threshold, and flags the grant', async () => {
      const code = await kindWithBudget({ amountRials: (100n * BILLION).toString() });
      const assoc = await createAssociation(api, { phase: 'development' });
      const settings = await api.get('/support-settings', admin);
      expect(settings.body.independenceThresholdRials).toBe('5000000000');
      const first = await request(assoc.id, { kindCode: code, amountRials: (4n * BILLION).toString() });
      expect((await api.post(`/supports/${first.id}/approve`, { version: 1 }, president.token)).status).toBe(
        200,
      );

      const second = await request(assoc.id, { kindCode: code, amountRials: (2n * BILLION).toString() });
      const refused = await api.post(`/supports/${second.id}/approve`, { version: 1 }, president.token);
      expect(refused.status).toBe(422);
      expect(refused.body.message).toMatch(/^acknowledgePrecautions: precaution financial_independence/);
      const ok = await api.post(
        `/supports/${second.id}/approve`,
        { version: 1, acknowledgePrecautions: true },
        president.token,
      );
      expect(ok.status).toBe(200);
      expect(ok.body.precautions).toEqual(['financial_independence']);

      const summary = await api.get(`/supports/summary?fiscalYear=${YEAR}`, president.token);
      const row = summary.body.byPhaseAndKind.find((r: { kindCode: string }) => r.kindCode === code);
      expect(row).toMatchObject({
        phase: 'development',
        approved: 2,
        flagged: 1,
        committedRials: '6000000000',
      });
    });

    it('compares the grants with the revenue the association reported in KPI once its report is accepted', async () => {
      await seedIndicatorCatalog(await testDb());
      const code = await kindWithBudget({ amountRials: (100n * BILLION).toString() });
      const assoc = await createAssociation(api, { phase: 'development' });
      const board = await api.userWithRole('board', assoc.id);
      const report = await api.post(
        `/associations/${assoc.id}/kpi-reports`,
        { period: `${YEAR}-Q1`, values: [{ indicatorCode: 'revenue', value: (10n * BILLION).toString() }] },
        board.token,
      );
      expect(report.status).toBe(201);
      expect((await api.post(`/kpi-reports/${report.body.id}/submit`, {}, board.token)).status).toBe(200);

      // Not accepted yet: no revenue is known, so 4 billion stays under the 5 billion Rials threshold.
      const before = await request(assoc.id, { kindCode: code, amountRials: (4n * BILLION).toString() });
      expect((await api.post(`/supports/${before.id}/approve`, { version: 1 }, president.token)).status).toBe(
        200,
      );
      expect(
        (
          await api.post(
            `/supports/${before.id}/cancel`,
            { version: 2, comment: 'برای آزمون لغو شد' },
            staff.token,
          )
        ).status,
      ).toBe(200);

      expect(
        (await api.post(`/kpi-reports/${report.body.id}/accept`, { comment: 'تایید شد' }, staff.token))
          .status,
      ).toBe(200);

      // 2 of 10 billion reported: 20 %, under the 30 % share.
      const first = await request(assoc.id, { kindCode: code, amountRials: (2n * BILLION).toString() });
      const firstOk = await api.post(`/supports/${first.id}/approve`, { version: 1 }, president.token);
      expect(firstOk.status).toBe(200);
      expect(firstOk.body.precautions).toEqual([]);

      // 4 of 10 billion: 40 %, over the share although still under the Rials threshold.
      const second = await request(assoc.id, { kindCode: code, amountRials: (2n * BILLION).toString() });
      const refused = await api.post(`/supports/${second.id}/approve`, { version: 1 }, president.token);
      expect(refused.status).toBe(422);
      expect(refused.body.message).toMatch(/^acknowledgePrecautions: precaution financial_independence/);
      expect(refused.body.message).toContain('30% of revenue 10000000000');
      const ok = await api.post(
        `/supports/${second.id}/approve`,
        { version: 1, acknowledgePrecautions: true },
        president.token,
      );
      expect(ok.status).toBe(200);
      expect(ok.body.precautions).toEqual(['financial_independence']);
    });

    it('lets only the admin change the threshold, with its version', async () => {
      const current = await api.get('/support-settings', admin);
      expect(
        (
          await api.put(
            '/support-settings',
            { version: current.body.version, independenceThresholdRials: '1' },
            staff.token,
          )
        ).status,
      ).toBe(403);
      const bad = await api.put(
        '/support-settings',
        { version: current.body.version, independenceThresholdRials: 10 },
        admin,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^independenceThresholdRials/);
      const ok = await api.put(
        '/support-settings',
        { version: current.body.version, independenceThresholdRials: '5000000001' },
        admin,
      );
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        independenceThresholdRials: '5000000001',
        version: current.body.version + 1,
      });
      const stale = await api.put(
        '/support-settings',
        { version: current.body.version, independenceThresholdRials: '6000000000' },
        admin,
      );
      expect(stale.status).toBe(409);
      const restored = await api.put(
        '/support-settings',
        { version: ok.body.version, independenceThresholdRials: '5000000000' },
        admin,
      );
      expect(restored.status).toBe(200);
    });
  });

  describe('what the board and the chamber see', () => {
    it('shows the board every support of its own association, any status and amount, and 404 for another association', async () => {
      const mine = await createAssociation(api, { phase: 'support_monitoring' });
      const other = await createAssociation(api, { phase: 'support_monitoring' });
      const board = await api.userWithRole('board', mine.id);
      const a = await request(mine.id, { kindCode: 'member_database', amountRials: '700000000' });
      const b = await request(mine.id, { kindCode: 'moral' });
      await api.post(`/supports/${b.id}/reject`, { version: 1, comment: 'فعلا نه' }, president.token);
      const theirs = await request(other.id, { kindCode: 'moral' });

      const list = await api.get(`/associations/${mine.id}/supports`, board.token);
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ total: 2, page: 1 });
      const byId = Object.fromEntries(list.body.items.map((g: { id: string }) => [g.id, g]));
      expect(byId[a.id]).toMatchObject({
        status: 'requested',
        amountRials: '700000000',
        kindNameFa: 'کمک به تکمیل بانک اطلاعات (دیتابیس) اعضا',
      });
      expect(byId[b.id]).toMatchObject({ status: 'rejected' });
      expect((await api.get(`/supports/${a.id}`, board.token)).status).toBe(200);

      expect((await api.get(`/associations/${other.id}/supports`, board.token)).status).toBe(404);
      expect((await api.get(`/supports/${theirs.id}`, board.token)).status).toBe(404);
      expect((await api.get('/supports', board.token)).status).toBe(403);
      expect(
        (await api.post(`/supports/${theirs.id}/cancel`, { version: 1, comment: 'x' }, board.token)).status,
      ).toBe(403);
    });

    it('lets the chamber filter by phase, kind, status and year, and refuses a bad filter with 400', async () => {
      const assoc = await createAssociation(api, { phase: 'potential_assessment' });
      const g = await request(assoc.id, { kindCode: 'venue', amountRials: '30000000' });
      const res = await api.get(
        `/supports?phase=potential_assessment&kind=venue&status=requested&fiscalYear=${YEAR}&pageSize=100`,
        approver.token,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toContain(g.id);
      expect(
        res.body.items.every(
          (i: { phase: string; kindCode: string }) =>
            i.phase === 'potential_assessment' && i.kindCode === 'venue',
        ),
      ).toBe(true);
      const bad = await api.get('/supports?phase=nowhere', approver.token);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^phase/);
      expect((await api.get('/supports?pageSize=101', approver.token)).status).toBe(400);
    });

    it('exports CSV and XLSX', async () => {
      const assoc = await createAssociation(api, { phase: 'development', nameFa: 'انجمن صادرکنندگان پسته' });
      await request(assoc.id, { kindCode: 'rnd_unit', amountRials: '123456789012345678' });
      const csv = await api.get(`/supports/export?format=csv&associationId=${assoc.id}`, president.token);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect(csv.body).toContain('انجمن صادرکنندگان پسته');
      expect(csv.body).toContain('123456789012345678');
      const res = await fetch(`${api.baseUrl}/supports/export?format=xlsx`, {
        headers: { authorization: `Bearer ${president.token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      const bad = await api.get('/supports/export?format=pdf', president.token);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^format/);
    });
  });
});
