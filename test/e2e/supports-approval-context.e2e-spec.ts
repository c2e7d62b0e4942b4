import { jalaliYearOf } from '@tashakkol/shared';
import { startApi, TestApi } from '../support/api';
import { createAssociation } from '../support/fixtures';

jest.setTimeout(120_000);

const YEAR = jalaliYearOf(new Date());
const BILLION = 1_000_000_000n;

describe('before approving: the budget left and the approver’s own limit (GET /supports/:id/approval-context)', () => {
  let api: TestApi;
  let admin: string;
  let staff: { id: string; token: string };
  let approver: { id: string; token: string };
  let president: { id: string; token: string };
  let code: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.adminToken();
    [staff, approver, president] = await Promise.all([
      api.userWithRole('staff'),
      api.userWithRole('approver'),
      api.userWithRole('president'),
    ]);
    code = `ctx${Date.now().toString(36)}`;
    const kind = await api.post(
      '/support-kinds',
      { code, nameFa: 'نوع آزمایشی', nameEn: 'Test kind', carries: 'rials', phases: ['support_monitoring'] },
      admin,
    );
    expect(kind.status).toBe(201);
    const budget = await api.post(
      '/support-budgets',
      { fiscalYear: YEAR, kindCode: code, amountRials: (20n * BILLION).toString() },
      admin,
    );
    expect(budget.status).toBe(201);
    const limit = await api.post(
      '/approval-limits',
      {
        userId: approver.id,
        kindCode: code,
        perGrant: (2n * BILLION).toString(),
        yearly: (5n * BILLION).toString(),
        validUntil: new Date(Date.now() + 365 * 86400_000).toISOString(),
      },
      admin,
    );
    expect(limit.status).toBe(201);
  });
  afterAll(() => api.close());

  async function requested(associationId: string, amountRials: bigint) {
    const res = await api.post(
      `/associations/${associationId}/supports`,
      { kindCode: code, amountRials: amountRials.toString(), justification: 'برای آزمون پیش از تصویب' },
      staff.token,
    );
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  }

  it('shows the budget left and what is left of the yearly limit, which an approval then uses up', async () => {
    const assoc = await createAssociation(api, { phase: 'support_monitoring' });
    const first = await requested(assoc.id, 2n * BILLION);
    const second = await requested(assoc.id, 1n * BILLION);

    const before = await api.get(`/supports/${second.id}/approval-context`, approver.token);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      grantId: second.id,
      kindCode: code,
      fiscalYear: YEAR,
      carries: 'rials',
      quantity: (1n * BILLION).toString(),
      unlimited: false,
      budget: { total: (20n * BILLION).toString(), available: (20n * BILLION).toString(), reserved: '0' },
      limit: {
        perGrant: (2n * BILLION).toString(),
        yearly: (5n * BILLION).toString(),
        usedThisYear: '0',
        yearlyLeft: (5n * BILLION).toString(),
      },
    });
    expect(before.body.limit.validUntilJalali).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);

    const approve = await api.post(
      `/supports/${first.id}/approve`,
      { version: first.version },
      approver.token,
    );
    expect(approve.status).toBe(200);

    const after = await api.get(`/supports/${second.id}/approval-context`, approver.token);
    expect(after.body.budget).toMatchObject({
      reserved: (2n * BILLION).toString(),
      available: (18n * BILLION).toString(),
    });
    expect(after.body.limit).toMatchObject({
      usedThisYear: (2n * BILLION).toString(),
      yearlyLeft: (3n * BILLION).toString(),
    });
  });

  it('says the president approves without a limit, and an approver without a limit in force has none', async () => {
    const assoc = await createAssociation(api, { phase: 'support_monitoring' });
    const grant = await requested(assoc.id, 1n * BILLION);
    const forPresident = await api.get(`/supports/${grant.id}/approval-context`, president.token);
    expect(forPresident.status).toBe(200);
    expect(forPresident.body).toMatchObject({ unlimited: true, limit: null });

    const other = await api.userWithRole('approver');
    const forOther = await api.get(`/supports/${grant.id}/approval-context`, other.token);
    expect(forOther.status).toBe(200);
    expect(forOther.body).toMatchObject({ unlimited: false, limit: null });
  });

  it('refuses a malformed id (400), roles that do not approve (403) and an unknown grant (404)', async () => {
    const assoc = await createAssociation(api, { phase: 'support_monitoring' });
    const grant = await requested(assoc.id, 1n * BILLION);
    const bad = await api.get('/supports/not-a-uuid/approval-context', approver.token);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/id/);

    const board = await api.userWithRole('board', assoc.id);
    for (const token of [staff.token, board.token]) {
      expect((await api.get(`/supports/${grant.id}/approval-context`, token)).status).toBe(403);
    }
    const missing = await api.get(
      '/supports/00000000-0000-4000-8000-000000000000/approval-context',
      approver.token,
    );
    expect(missing.status).toBe(404);
  });

  it('names who requested and who decided in the lists and the steps, for the board to see', async () => {
    const assoc = await createAssociation(api, { phase: 'support_monitoring' });
    const grant = await requested(assoc.id, 1n * BILLION);
    const rejected = await api.post(
      `/supports/${grant.id}/reject`,
      { version: grant.version, comment: 'بودجه این فصل برای اولویت های دیگر است' },
      approver.token,
    );
    expect(rejected.status).toBe(200);

    const board = await api.userWithRole('board', assoc.id);
    const list = await api.get(`/associations/${assoc.id}/supports`, board.token);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({
      id: grant.id,
      status: 'rejected',
      requestedByName: 'Test staff',
      decidedByName: 'Test approver',
    });
    const detail = await api.get(`/supports/${grant.id}`, board.token);
    expect(
      detail.body.events.map((e: { action: string; actorName: string }) => [e.action, e.actorName]),
    ).toEqual([
      ['request', 'Test staff'],
      ['reject', 'Test approver'],
    ]);
  });
});
