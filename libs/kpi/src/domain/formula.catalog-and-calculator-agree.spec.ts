import {
  CatalogEntry,
  computeDerivedValues,
  evaluateFormula,
  formulaReferences,
  validateFormula,
} from './formula';

const reported = (code: string): CatalogEntry => ({
  code,
  kind: 'reported',
  formula: null,
  frequency: 'quarterly',
});
const derived = (code: string, formula: string): CatalogEntry => ({
  code,
  kind: 'derived',
  formula,
  frequency: 'quarterly',
});
const catalog = [reported('members'), reported('members_prev'), reported('revenue')];

describe('one formula grammar for the catalog and the calculator', () => {
  const growth = 'max(members - members_prev, 0) / members_prev * 100';

  it('saves a member-growth formula with max() and scores it with the same rules', () => {
    expect(() => validateFormula(derived('member_growth', growth), catalog)).not.toThrow();
    expect(formulaReferences(growth)).toEqual(['members', 'members_prev']);
    const values = computeDerivedValues([{ code: 'member_growth', formula: growth }], {
      members: 110,
      members_prev: 100,
    });
    expect(values.member_growth).toBe(10);
  });

  it('counts a shrinking membership as no growth rather than a negative one', () => {
    expect(evaluateFormula(growth, (c) => ({ members: 90, members_prev: 100 })[c] ?? null)).toBe(0);
  });

  it('evaluates min, abs and round as the catalog accepts them', () => {
    for (const f of ['min(revenue, 100)', 'abs(revenue - 500)', 'round(revenue / 3)']) {
      expect(() => validateFormula(derived('x', f), catalog)).not.toThrow();
    }
    const at = (c: string) => ({ revenue: 250 })[c] ?? null;
    expect(evaluateFormula('min(revenue, 100)', at)).toBe(100);
    expect(evaluateFormula('abs(revenue - 500)', at)).toBe(250);
    expect(evaluateFormula('round(revenue / 3)', at)).toBe(83);
  });

  it('respects precedence and parentheses', () => {
    expect(evaluateFormula('(a + b) * 2 - c / 4', (c) => ({ a: 1, b: 2, c: 8 })[c] ?? null)).toBe(4);
  });

  it('leaves the value unknown when an input is missing or the divisor is zero', () => {
    expect(evaluateFormula('members / members_prev', (c) => ({ members: 5 })[c] ?? null)).toBeNull();
    expect(
      evaluateFormula('members / members_prev', (c) => ({ members: 5, members_prev: 0 })[c] ?? null),
    ).toBeNull();
  });

  it('refuses in the calculator whatever the catalog refuses (member access, strings)', () => {
    expect(() => evaluateFormula('a.constructor', () => 1)).toThrow(/not allowed/);
    expect(() => evaluateFormula('"x" + 1', () => 1)).toThrow(/only numbers/);
  });

  it('gives null, not a hang, for a cycle that slipped into the catalog', () => {
    const v = computeDerivedValues(
      [
        { code: 'x', formula: 'y + 1' },
        { code: 'y', formula: 'x + 1' },
      ],
      {},
    );
    expect(v).toEqual({ x: null, y: null });
  });
});
