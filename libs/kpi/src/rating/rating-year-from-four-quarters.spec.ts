import { rateYear, ratingGrade } from './yearly-rating';

const ind = (code: string, achievement: number | null, over: Record<string, unknown> = {}) => ({
  code,
  axis: 'association' as const,
  criterion: 'membership' as const,
  weight: 1,
  achievement,
  ...over,
});

describe('one yearly rating from the four quarters and the yearly report', () => {
  const periods = [
    {
      period: '1404-Q1',
      indicators: [ind('members', 60), ind('fees', 40, { criterion: 'governance', weight: 2 })],
    },
    {
      period: '1404-Q2',
      indicators: [ind('members', 70), ind('fees', 50, { criterion: 'governance', weight: 2 })],
    },
    {
      period: '1404-Q3',
      indicators: [ind('members', 80), ind('fees', 60, { criterion: 'governance', weight: 2 })],
    },
    {
      period: '1404-Q4',
      indicators: [ind('members', 90), ind('fees', 70, { criterion: 'governance', weight: 2 })],
    },
    {
      period: '1404',
      indicators: [ind('satisfaction', 100, { axis: 'members', criterion: 'services' })],
    },
    // Another year never leaks into this one.
    { period: '1405-Q1', indicators: [ind('members', 0)] },
  ];

  it('averages each indicator over the periods it was scored in, so a quarterly one counts once beside a yearly one', () => {
    const r = rateYear(1404, periods);
    expect(r.indicators).toEqual([
      expect.objectContaining({ code: 'fees', achievement: 55, periods: 4, weight: 2 }),
      expect.objectContaining({ code: 'members', achievement: 75, periods: 4 }),
      expect.objectContaining({ code: 'satisfaction', achievement: 100, periods: 1 }),
    ]);
    // (55 × 2 + 75 + 100) / 4
    expect(r.composite).toBe(71.25);
    expect(r.periods).toEqual(['1404', '1404-Q1', '1404-Q2', '1404-Q3', '1404-Q4']);
    expect(r.coverage).toEqual({ quarters: 4, months: 0, yearly: true });
  });

  it('gives every one of the five criteria a score, null where nothing was scored', () => {
    expect(rateYear(1404, periods).criteria).toEqual({
      governance: 55,
      membership: 75,
      services: 100,
      policy_influence: null,
      regulation: null,
    });
  });

  it('grades the composite against the rating thresholds: A, B, C, else D', () => {
    const t = { A: 85, B: 70, C: 50 };
    expect(ratingGrade(71.25, t)).toBe('B');
    expect(ratingGrade(71.25, { A: 90, B: 80, C: 71 })).toBe('C');
    expect(ratingGrade(null, t)).toBeNull();
  });

  it('leaves out indicators that were not scored, and has no composite when nothing was', () => {
    const r = rateYear(1403, [{ period: '1403-Q1', indicators: [ind('members', null)] }]);
    expect(r).toMatchObject({ composite: null, indicators: [], coverage: { quarters: 1, yearly: false } });
  });
});
