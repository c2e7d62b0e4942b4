import { KpiCalculator } from './calculator';
import { indicator } from './catalog.fixture';
import { DEFAULT_GRADE_THRESHOLDS } from './scoring.types';

describe('KpiCalculator: a public-policy indicator is judged against the one common target', () => {
  it('ignores the association’s own target for a public-policy indicator, and skips indicators without a target', () => {
    const r = new KpiCalculator().score({
      period: '1405',
      indicators: [
        indicator('report_on_time_rate', { publicPolicy: true, publicTarget: 100, unit: 'percent' }),
        indicator('services_launched'),
      ],
      targets: [{ indicatorCode: 'report_on_time_rate', baseline: 50, target: 50, weight: null }],
      values: { report_on_time_rate: 75, services_launched: 3 },
      history: [],
      thresholds: DEFAULT_GRADE_THRESHOLDS,
    });
    expect(r.indicators.find((i) => i.code === 'report_on_time_rate')).toMatchObject({
      target: 100,
      achievement: 75,
    });
    expect(r.indicators.find((i) => i.code === 'services_launched')).toMatchObject({
      status: 'no_target',
      achievement: null,
    });
    expect(r.composite).toBe(75);
    expect(r.grade).toBe('B');
  });
});
