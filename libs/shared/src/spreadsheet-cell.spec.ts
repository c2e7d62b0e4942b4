import { neutraliseFormula } from './spreadsheet-cell';

describe('a spreadsheet cell typed by a board never runs as a formula', () => {
  it('prefixes =, +, -, @, tab and carriage return with a quote', () => {
    expect(['=HYPERLINK("x")', '+cmd|x', '-2+3', '@SUM(A1)', '\t=1', '\r=1'].map(neutraliseFormula)).toEqual([
      `'=HYPERLINK("x")`,
      `'+cmd|x`,
      `'-2+3`,
      `'@SUM(A1)`,
      `'\t=1`,
      `'\r=1`,
    ]);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(neutraliseFormula('انجمن پسته')).toBe('انجمن پسته');
    expect(neutraliseFormula(-4.5)).toBe(-4.5);
    expect(neutraliseFormula(null)).toBe(null);
  });
});
