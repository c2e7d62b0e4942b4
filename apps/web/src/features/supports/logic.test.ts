import { describe, expect, it } from 'vitest';
import { parseRialsInput, toLatinDigits } from '../../lib/format';
import { approvalWarnings, outsidePhase, requestBody, stepsFor } from './logic';

const parse = {
  rials: parseRialsInput,
  integer: (t: string) => (/^\d+$/.test(toLatinDigits(t).trim()) ? Number(toLatinDigits(t).trim()) : null),
};

describe('the steps a role may take on a grant', () => {
  it('lets the approver approve or reject a requested grant, and staff deliver an approved one', () => {
    expect(stepsFor('approver', 'requested')).toEqual(['approve', 'reject', 'cancel']);
    expect(stepsFor('staff', 'requested')).toEqual(['cancel']);
    expect(stepsFor('staff', 'approved')).toEqual(['deliver', 'cancel']);
    expect(stepsFor('approver', 'approved')).toEqual(['cancel']);
  });

  it('lets any chamber role cancel a grant until it is delivered', () => {
    for (const role of ['staff', 'approver', 'president', 'admin'] as const) {
      expect(stepsFor(role, 'requested')).toContain('cancel');
      expect(stepsFor(role, 'approved')).toContain('cancel');
      expect(stepsFor(role, 'delivered')).not.toContain('cancel');
    }
  });

  it('offers nothing on a decided grant, and nothing to a board', () => {
    for (const status of ['delivered', 'rejected', 'cancelled'])
      expect(stepsFor('admin', status)).toEqual([]);
    expect(stepsFor('board', 'requested')).toEqual([]);
  });
});

describe('an approval weighed before acting', () => {
  const limit = { perGrant: '2000000000', yearlyLeft: '10000000000' };
  const budget = { available: '50000000000' };

  it('fits when within the per-grant limit, the yearly limit left and the budget', () => {
    expect(approvalWarnings({ quantity: '2000000000', unlimited: false, limit, budget })).toEqual([]);
  });

  it('warns of a 3 billion Rials grant over a 2 billion per-grant limit', () => {
    expect(approvalWarnings({ quantity: '3000000000', unlimited: false, limit, budget })).toEqual([
      'overPerGrant',
    ]);
  });

  it('compares amounts past 2^53 exactly', () => {
    const big = { available: '9007199254740993' };
    expect(
      approvalWarnings({ quantity: '9007199254740993', unlimited: true, limit: null, budget: big }),
    ).toEqual([]);
    expect(
      approvalWarnings({ quantity: '9007199254740994', unlimited: true, limit: null, budget: big }),
    ).toEqual(['overBudget']);
  });

  it('says an approver without a limit in force can approve nothing; the president needs none', () => {
    expect(approvalWarnings({ quantity: '1', unlimited: false, limit: null, budget: null })).toEqual([
      'noLimit',
    ]);
    expect(approvalWarnings({ quantity: '1', unlimited: true, limit: null, budget: null })).toEqual([]);
  });
});

describe('a request form as the API body', () => {
  it('sends Rials typed in Persian digits with separators as a digit string', () => {
    expect(
      requestBody(
        {
          kindCode: 'financial',
          carries: 'rials',
          amount: '۱٬۵۰۰٬۰۰۰٬۰۰۰',
          hours: '',
          participants: '',
          justification: ' کمک ',
        },
        parse,
      ),
    ).toEqual({ kindCode: 'financial', amountRials: '1500000000', justification: 'کمک' });
  });

  it('sends hours and participants for training, and no amount', () => {
    expect(
      requestBody(
        {
          kindCode: 'training',
          carries: 'hours',
          amount: '500',
          hours: '۱۲',
          participants: '30',
          justification: 'دوره',
        },
        parse,
      ),
    ).toEqual({ kindCode: 'training', hours: 12, participants: 30, justification: 'دوره' });
  });

  it('sends an amount that does not parse as typed, so the API names the field', () => {
    expect(
      requestBody(
        {
          kindCode: 'financial',
          carries: 'rials',
          amount: '12.5',
          hours: '',
          participants: '',
          justification: 'x',
        },
        parse,
      ).amountRials,
    ).toBe('12.5');
  });
});

describe('a kind outside the phase', () => {
  const offered = [{ code: 'moral' }, { code: 'training' }];

  it('is one the lifecycle does not offer, and none before a kind is chosen', () => {
    expect(outsidePhase('financial', offered)).toBe(true);
    expect(outsidePhase('moral', offered)).toBe(false);
    expect(outsidePhase('', offered)).toBe(false);
  });

  it('sends the override reason, trimmed, only when one is given', () => {
    const input = {
      kindCode: 'financial',
      carries: 'rials' as const,
      amount: '۱۰۰',
      hours: '',
      participants: '',
      justification: ' کمک ',
    };
    expect(requestBody({ ...input, overrideReason: '  نیاز فوری به دبیرخانه  ' }, parse).overrideReason).toBe(
      'نیاز فوری به دبیرخانه',
    );
    expect(requestBody({ ...input, overrideReason: '  ' }, parse)).not.toHaveProperty('overrideReason');
  });
});
