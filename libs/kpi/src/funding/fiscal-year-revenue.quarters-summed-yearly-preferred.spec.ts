import { fiscalYearRevenue } from './fiscal-year-revenue';

describe('the revenue of a fiscal year from accepted reports', () => {
  it('is null when the association reported no revenue that year', () => {
    expect(fiscalYearRevenue([])).toBeNull();
  });

  it('sums the quarters reported so far', () => {
    expect(fiscalYearRevenue([{ kind: 'quarterly', total: '12000000000' }])).toBe(12_000_000_000n);
  });

  it('prefers the yearly report to quarters and quarters to months, never adding them together', () => {
    const rows = [
      { kind: 'monthly' as const, total: '3000000000' },
      { kind: 'quarterly' as const, total: '9000000000' },
      { kind: 'yearly' as const, total: '40000000000' },
    ];
    expect(fiscalYearRevenue(rows)).toBe(40_000_000_000n);
    expect(fiscalYearRevenue(rows.slice(0, 2))).toBe(9_000_000_000n);
  });

  it('drops the fraction of a Rial rather than rounding it up', () => {
    expect(fiscalYearRevenue([{ kind: 'monthly', total: '1500000000.75' }])).toBe(1_500_000_000n);
  });
});
