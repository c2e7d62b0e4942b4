import { KpiCalculator } from './calculator';
import { indicator } from './catalog.fixture';
import { DEFAULT_GRADE_THRESHOLDS } from './scoring.types';

describe('KpiCalculator: an association that meets its targets on every axis', () => {
  const indicators = [
    indicator('members', { axis: 'members', criterion: 'membership', defaultWeight: 2 }),
    indicator('services_launched', { axis: 'association', criterion: 'services' }),
    indicator('training_hours_per_member', { axis: 'chamber', criterion: 'services', unit: 'hours' }),
  ];
  const result = new KpiCalculator().score({
    period: '1405-Q2',
    indicators,
    targets: [
      { indicatorCode: 'members', baseline: 100, target: 150, weight: null },
      { indicatorCode: 'services_launched', baseline: 1, target: 4, weight: null },
      { indicatorCode: 'training_hours_per_member', baseline: 2, target: 10, weight: null },
    ],
    values: { members: 150, services_launched: 4, training_hours_per_member: 10 },
    history: [],
    thresholds: DEFAULT_GRADE_THRESHOLDS,
  });

  it('scores 100 on each axis and the composite, grade A', () => {
    expect(result.axes).toEqual({ chamber: 100, association: 100, members: 100 });
    expect(result.composite).toBe(100);
    expect(result.grade).toBe('A');
  });

  it('maps the indicators onto the national criteria and leaves unused criteria empty', () => {
    expect(result.criteria).toEqual({
      governance: null,
      membership: 100,
      services: 100,
      policy_influence: null,
      regulation: null,
    });
  });

  it('reports a first period as a new trend with no delta', () => {
    expect(result.trend).toMatchObject({ direction: 'new', delta: null, previous: null });
    expect(result.declining).toBe(false);
  });
});
