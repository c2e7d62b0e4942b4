import { KpiCalculator } from './calculator';
import { indicator } from './catalog.fixture';
import { DEFAULT_GRADE_THRESHOLDS } from './scoring.types';

describe('KpiCalculator: financial independence derived from revenue and the chamber’s funding', () => {
  const indicators = [
    indicator('revenue', { unit: 'rials', defaultWeight: 0 }),
    indicator('chamber_funding', { unit: 'rials', defaultWeight: 0 }),
    indicator('chamber_funding_share', {
      kind: 'derived',
      formula: 'chamber_funding / revenue * 100',
      direction: 'lower',
      unit: 'percent',
    }),
    indicator('financial_independence', {
      kind: 'derived',
      formula: '100 - chamber_funding_share',
      unit: 'percent',
    }),
  ];
  const calc = new KpiCalculator();
  const targets = [
    { indicatorCode: 'chamber_funding_share', baseline: 60, target: 30, weight: null },
    { indicatorCode: 'financial_independence', baseline: 40, target: 70, weight: null },
  ];

  it('evaluates a derived indicator that reads another derived one', () => {
    const r = calc.score({
      period: '1405',
      indicators,
      targets,
      values: { revenue: 2_000_000_000, chamber_funding: 600_000_000 },
      history: [],
      thresholds: DEFAULT_GRADE_THRESHOLDS,
    });
    const by = Object.fromEntries(r.indicators.map((i) => [i.code, i]));
    expect(by.chamber_funding_share).toMatchObject({ value: 30, achievement: 100, derived: true });
    expect(by.financial_independence).toMatchObject({ value: 70, achievement: 100 });
    expect(r.composite).toBe(100);
  });

  it('leaves a derived value empty when revenue is zero instead of dividing by zero', () => {
    const r = calc.score({
      period: '1405',
      indicators,
      targets,
      values: { revenue: 0, chamber_funding: 10 },
      history: [],
      thresholds: DEFAULT_GRADE_THRESHOLDS,
    });
    const share = r.indicators.find((i) => i.code === 'chamber_funding_share');
    expect(share).toMatchObject({ value: null, achievement: null, status: 'no_value' });
    expect(r.composite).toBeNull();
    expect(r.grade).toBeNull();
  });
});

describe('KpiCalculator: a yearly report does not list the quarterly derived indicators', () => {
  it('leaves out a derived indicator none of whose inputs the report carries', () => {
    const r = new KpiCalculator().score({
      period: '1405',
      indicators: [
        indicator('revenue', { defaultWeight: 0 }),
        indicator('chamber_funding', { defaultWeight: 0 }),
        indicator('chamber_funding_share', { kind: 'derived', formula: 'chamber_funding / revenue * 100' }),
        indicator('member_satisfaction', { unit: 'score' }),
      ],
      targets: [{ indicatorCode: 'member_satisfaction', baseline: 3, target: 4, weight: null }],
      values: { member_satisfaction: 4 },
      history: [],
      thresholds: DEFAULT_GRADE_THRESHOLDS,
    });
    expect(r.indicators.map((i) => i.code)).toEqual(['member_satisfaction']);
    expect(r.composite).toBe(100);
  });
});
