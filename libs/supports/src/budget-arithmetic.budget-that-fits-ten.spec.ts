import { availableOf, consume, release, reserve } from './budget-arithmetic';
import { BudgetExceededError } from './supports.errors';

const label = { fiscalYear: 1405, kindCode: 'financial' };

describe('a budget of 10 billion Rials and grants of 1 billion', () => {
  const grant = 1_000_000_000n;

  it('accepts exactly ten approvals and refuses the eleventh', () => {
    let b = { total: 10n * grant, reserved: 0n, spent: 0n };
    for (let i = 0; i < 10; i++) b = reserve(b, grant, label);
    expect(availableOf(b)).toBe(0n);
    expect(() => reserve(b, grant, label)).toThrow(BudgetExceededError);
    expect(() => reserve(b, 1n, label)).toThrow(/1405 budget of financial has 0 left/);
  });

  it('counts delivered grants as spent, still inside the total', () => {
    let b = { total: 3n * grant, reserved: 0n, spent: 0n };
    b = reserve(b, grant, label);
    b = consume(b, grant);
    expect(b).toEqual({ total: 3n * grant, reserved: 0n, spent: grant });
    b = reserve(reserve(b, grant, label), grant, label);
    expect(() => reserve(b, 1n, label)).toThrow(BudgetExceededError);
  });

  it('gets room back when an approved grant is cancelled or rejected after approval', () => {
    let b = { total: grant, reserved: 0n, spent: 0n };
    b = reserve(b, grant, label);
    b = release(b, grant);
    expect(availableOf(b)).toBe(grant);
    expect(reserve(b, grant, label).reserved).toBe(grant);
  });

  it('handles Rial sums beyond 2^53 exactly', () => {
    const huge = 9_000_000_000_000_000n;
    const b = reserve({ total: huge + 1n, reserved: 0n, spent: 0n }, huge, label);
    expect(availableOf(b)).toBe(1n);
  });
});
