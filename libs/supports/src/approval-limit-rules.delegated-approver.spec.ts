import { checkApprovalWithinLimit, checkDelegationWithinOwnLimit, LimitTerms } from './approval-limit-rules';

const at = new Date('2026-11-01T10:00:00Z');
const ctx = { kindCode: 'financial', fiscalYear: 1405, at };
const deputy: LimitTerms = {
  perGrant: 2_000_000_000n,
  yearly: 5_000_000_000n,
  validFrom: new Date('2026-03-21T00:00:00Z'),
  validUntil: new Date('2027-03-21T00:00:00Z'),
};

describe('a deputy with a per-grant limit of 2 billion and a yearly limit of 5 billion Rials', () => {
  it('approves a grant within both limits', () => {
    expect(() => checkApprovalWithinLimit(deputy, 2_000_000_000n, 2_000_000_000n, ctx)).not.toThrow();
  });

  it('is refused a grant over the per-grant limit, naming it', () => {
    expect(() => checkApprovalWithinLimit(deputy, 0n, 2_000_000_001n, ctx)).toThrow(/^perGrantLimit: /);
  });

  it('is refused the grant that would pass the yearly limit, naming it', () => {
    expect(() => checkApprovalWithinLimit(deputy, 4_000_000_000n, 1_500_000_000n, ctx)).toThrow(
      /^yearlyLimit: /,
    );
  });

  it('cannot approve with no limit, or once the limit has expired', () => {
    expect(() => checkApprovalWithinLimit(null, 0n, 1n, ctx)).toThrow(/no valid approval limit/);
    expect(() =>
      checkApprovalWithinLimit(deputy, 0n, 1n, { ...ctx, at: new Date('2027-04-01T00:00:00Z') }),
    ).toThrow(/no valid approval limit/);
  });
});

describe('the deputy delegating to a manager', () => {
  it('may delegate within its own amounts and period', () => {
    expect(() =>
      checkDelegationWithinOwnLimit(
        deputy,
        { ...deputy, perGrant: 1_000_000_000n, yearly: 2_000_000_000n },
        'financial',
        at,
      ),
    ).not.toThrow();
  });

  it('may not delegate more than it holds, or beyond its own validity', () => {
    expect(() =>
      checkDelegationWithinOwnLimit(deputy, { ...deputy, perGrant: 3_000_000_000n }, 'financial', at),
    ).toThrow(/^perGrant: /);
    expect(() =>
      checkDelegationWithinOwnLimit(deputy, { ...deputy, yearly: 6_000_000_000n }, 'financial', at),
    ).toThrow(/^yearly: /);
    expect(() =>
      checkDelegationWithinOwnLimit(
        deputy,
        { ...deputy, validUntil: new Date('2027-06-01T00:00:00Z') },
        'financial',
        at,
      ),
    ).toThrow(/^validUntil: /);
    expect(() => checkDelegationWithinOwnLimit(null, deputy, 'financial', at)).toThrow(
      /no valid approval limit/,
    );
  });
});
