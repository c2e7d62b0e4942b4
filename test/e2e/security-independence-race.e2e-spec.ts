import { jalaliYearOf } from '@tashakkol/shared';
import { startApi, TestApi } from '../support/api';
import { createAssociation } from '../support/fixtures';

jest.setTimeout(120_000);

const YEAR = jalaliYearOf(new Date());
const BILLION = 1_000_000_000n;

describe('the financial-independence precaution under parallel approvals (issue 13, finding 2)', () => {
  let api: TestApi;
  let admin: string;
  let staff: string;
  let approvers: string[];

  beforeAll(async () => {
    api = await startApi();
    admin = await api.adminToken();
    staff = (await api.userWithRole('staff')).token;
    // Presidents approve without a personal limit, so only the precaution and the budget decide.
    approvers = await Promise.all([0, 1, 2].map(async () => (await api.userWithRole('president')).token));
  });
  afterAll(() => api.close());

  it('lets only the 2 bn grants that fit under a 5 bn threshold pass unflagged; the others are refused naming the precaution', async () => {
    const code = `race${Date.now().toString(36)}`;
    expect(
      (
        await api.post(
          '/support-kinds',
          { code, nameFa: 'نوع آزمایشی', nameEn: 'Race', carries: 'rials', phases: ['development'] },
          admin,
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await api.post(
          '/support-budgets',
          { fiscalYear: YEAR, kindCode: code, amountRials: (100n * BILLION).toString() },
          admin,
        )
      ).status,
    ).toBe(201);
    const settings = await api.get('/support-settings', admin);
    expect(settings.body.independenceThresholdRials).toBe('5000000000');
    const assoc = await createAssociation(api, { phase: 'development' });
    const grants: { id: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await api.post(
        `/associations/${assoc.id}/supports`,
        { kindCode: code, amountRials: (2n * BILLION).toString(), justification: 'آزمون همزمانی' },
        staff,
      );
      expect(res.status).toBe(201);
      grants.push(res.body);
    }

    const answers = await Promise.all(
      grants.map((g, i) => api.post(`/supports/${g.id}/approve`, { version: 1 }, approvers[i])),
    );

    const passed = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status !== 200);
    expect(passed).toHaveLength(2);
    expect(passed.every((a) => a.body.precautions.length === 0)).toBe(true);
    expect(refused.map((a) => a.status)).toEqual([422]);
    expect(refused[0].body.message).toMatch(/financial_independence/);
  });
});
