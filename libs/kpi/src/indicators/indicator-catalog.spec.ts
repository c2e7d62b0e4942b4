import { validateFormula } from '../domain/formula';
import { INDICATOR_CATALOG } from './indicator-catalog';

describe('the seeded indicator catalog', () => {
  it('has valid formulas over indicators of the same frequency, without cycles', () => {
    for (const ind of INDICATOR_CATALOG.filter((i) => i.kind === 'derived')) {
      expect(() => validateFormula(ind, INDICATOR_CATALOG)).not.toThrow();
    }
  });

  it('feeds every criterion of the national rating and every axis', () => {
    const criteria = new Set(INDICATOR_CATALOG.map((i) => i.criterion));
    expect([...criteria].sort()).toEqual([
      'governance',
      'membership',
      'policy_influence',
      'regulation',
      'services',
    ]);
    expect(new Set(INDICATOR_CATALOG.map((i) => i.axis)).size).toBe(3);
  });

  it('gives every public-policy indicator its common target', () => {
    for (const ind of INDICATOR_CATALOG.filter((i) => i.publicPolicy))
      expect(ind.publicTarget).not.toBeNull();
  });
});
