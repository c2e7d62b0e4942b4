import { CatalogEntry, evaluationOrder, formulaReferences, validateFormula } from './formula';

const reported = (code: string, frequency = 'quarterly'): CatalogEntry => ({
  code,
  kind: 'reported',
  formula: null,
  frequency,
});
const derived = (code: string, formula: string, frequency = 'quarterly'): CatalogEntry => ({
  code,
  kind: 'derived',
  formula,
  frequency,
});

const catalog = [
  reported('revenue'),
  reported('chamber_funding'),
  reported('members_count'),
  reported('satisfaction', 'yearly'),
];

describe('derived indicator formulas', () => {
  it('accepts the financial-independence share over two reported indicators', () => {
    expect(() =>
      validateFormula(derived('chamber_funding_share', 'chamber_funding / revenue * 100'), catalog),
    ).not.toThrow();
    expect(formulaReferences('chamber_funding / revenue * 100')).toEqual(['chamber_funding', 'revenue']);
  });

  it('refuses a formula naming an unknown indicator', () => {
    expect(() => validateFormula(derived('x', 'revenue / nothing_here'), catalog)).toThrow(
      /unknown indicator nothing_here/,
    );
  });

  it('refuses a formula that refers to itself', () => {
    expect(() => validateFormula(derived('loop', 'loop + 1'), catalog)).toThrow(/cycle: loop → loop/);
  });

  it('refuses a change that closes a cycle through another derived indicator', () => {
    const withA = [...catalog, derived('a', 'b * 2'), derived('b', 'revenue + 1')];
    expect(() => validateFormula(derived('b', 'a + revenue'), withA)).toThrow(/cycle: b → a → b/);
  });

  it('refuses unknown functions, member access, comparisons and strings (nothing is ever evaluated as code)', () => {
    for (const f of [
      'process.exit(1)',
      'exp(revenue)',
      'revenue > 1',
      'max(revenue)',
      'round(revenue, 2)',
      'max',
      "'a' + revenue",
      'revenue ? 1 : 2',
      'revenue +',
    ]) {
      expect(() => validateFormula(derived('x', f), catalog)).toThrow();
    }
  });

  it('refuses mixing a yearly indicator into a quarterly formula', () => {
    expect(() => validateFormula(derived('x', 'satisfaction / members_count'), catalog)).toThrow(/yearly/);
  });

  it('orders derived indicators so that each follows those it uses', () => {
    const list = [...catalog, derived('c', 'b + a'), derived('a', 'revenue'), derived('b', 'a * 2')];
    expect(evaluationOrder(list)).toEqual(['a', 'b', 'c']);
  });
});
