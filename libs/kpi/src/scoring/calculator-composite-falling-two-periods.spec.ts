import { KpiCalculator } from './calculator';
import { indicator } from './catalog.fixture';
import { DEFAULT_GRADE_THRESHOLDS, GradeThresholds } from './scoring.types';

describe('KpiCalculator: a composite falling two periods running', () => {
  const score = (
    members: number,
    history: { period: string; composite: number }[],
    thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS,
  ) =>
    new KpiCalculator().score({
      period: '1405-Q3',
      indicators: [indicator('members')],
      targets: [{ indicatorCode: 'members', baseline: 0, target: 100, weight: null }],
      values: { members },
      history,
      thresholds,
    });

  it('shows a downward trend with the delta and flags the decline', () => {
    const r = score(60, [
      { period: '1405-Q1', composite: 90 },
      { period: '1405-Q2', composite: 75 },
    ]);
    expect(r.trend).toMatchObject({ direction: 'down', previousPeriod: '1405-Q2', previous: 75, delta: -15 });
    expect(r.trend.series.map((s) => s.composite)).toEqual([90, 75, 60]);
    expect(r.declining).toBe(true);
  });

  it('does not flag a fall after a rise', () => {
    const r = score(60, [
      { period: '1405-Q1', composite: 50 },
      { period: '1405-Q2', composite: 75 },
    ]);
    expect(r.declining).toBe(false);
  });

  it('calls a change under half a point flat', () => {
    expect(score(75, [{ period: '1405-Q2', composite: 75.3 }]).trend.direction).toBe('flat');
  });

  it('grades by the admin’s thresholds', () => {
    expect(score(60, [], { A: 90, B: 80, C: 55 }).grade).toBe('C');
    expect(score(60, [], { A: 60, B: 50, C: 40 }).grade).toBe('A');
  });
});
