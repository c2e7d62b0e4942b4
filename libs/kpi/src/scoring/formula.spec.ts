import { computeDerivedValues, evaluateFormula, formulaInputs, FormulaError } from './formula';

describe('formula evaluation over the syntax tree', () => {
  it('respects precedence and parentheses', () => {
    expect(evaluateFormula('(a + b) * 2 - c / 4', (c) => ({ a: 1, b: 2, c: 8 })[c] ?? null)).toBe(4);
  });

  it('lists the codes a formula reads', () => {
    expect(formulaInputs('max(members - members_prev, 0) / members_prev * 100').sort()).toEqual([
      'members',
      'members_prev',
    ]);
  });

  it('refuses anything but arithmetic (no member access, no strings)', () => {
    expect(() => evaluateFormula('a.constructor', () => 1)).toThrow(FormulaError);
    expect(() => evaluateFormula('"x" + 1', () => 1)).toThrow(FormulaError);
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
