import { KpiCalculator } from './calculator';
import { indicator } from './catalog.fixture';
import { DEFAULT_GRADE_THRESHOLDS } from './scoring.types';

describe('KpiCalculator: mixed achievement with a weight override and a lower-is-better indicator', () => {
  const result = new KpiCalculator().score({
    period: '1405',
    indicators: [
      indicator('fee_collection_rate', { unit: 'percent', defaultWeight: 1 }),
      indicator('members', { axis: 'members', criterion: 'membership', defaultWeight: 1 }),
      // Fewer days late is better.
      indicator('report_delay_days', { direction: 'lower', criterion: 'regulation', defaultWeight: 1 }),
    ],
    targets: [
      { indicatorCode: 'fee_collection_rate', baseline: 40, target: 80, weight: 3 },
      { indicatorCode: 'members', baseline: 100, target: 200, weight: null },
      { indicatorCode: 'report_delay_days', baseline: 30, target: 10, weight: null },
    ],
    values: { fee_collection_rate: 40, members: 300, report_delay_days: 20 },
    history: [],
    thresholds: DEFAULT_GRADE_THRESHOLDS,
  });

  it('caps over-achievement at 120 % and reads lower-is-better as target / value', () => {
    const by = Object.fromEntries(result.indicators.map((i) => [i.code, i.achievement]));
    expect(by).toEqual({ fee_collection_rate: 50, members: 120, report_delay_days: 50 });
  });

  it('weights the board-agreed override over the catalog default', () => {
    // (50*3 + 120*1 + 50*1) / 5 = 64
    expect(result.composite).toBe(64);
    expect(result.grade).toBe('C');
  });
});
