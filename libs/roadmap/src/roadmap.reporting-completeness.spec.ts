import { completenessState, completenessTally, duePeriodsSince } from './reporting-completeness';

describe('reporting completeness (as in DHIS2)', () => {
  // 1405/09/10 in Tehran.
  const now = new Date('2026-12-01T08:00:00Z');

  it('expects every quarter that ended after reporting began and whose due date passed', () => {
    const since = new Date('2026-03-21T00:00:00Z'); // 1405/01/01
    expect(duePeriodsSince(['quarterly'], since, now, 15).map((d) => d.period)).toEqual([
      '1405-Q1',
      '1405-Q2',
    ]);
    expect(duePeriodsSince(['quarterly'], now, now, 15)).toEqual([]);
  });

  it('judges a due report on time, late, returned or missing', () => {
    const dueAt = new Date('2026-10-07T20:30:00Z');
    const at = (iso: string) => ({ status: 'accepted', submittedAt: new Date(iso), acceptedAt: null });
    expect(completenessState(at('2026-10-01T00:00:00Z'), dueAt)).toBe('on_time');
    expect(completenessState(at('2026-10-09T00:00:00Z'), dueAt)).toBe('late');
    expect(completenessState({ status: 'returned', submittedAt: null, acceptedAt: null }, dueAt)).toBe(
      'returned',
    );
    expect(completenessState({ status: 'draft', submittedAt: null, acceptedAt: null }, dueAt)).toBe(
      'missing',
    );
    expect(completenessState(undefined, dueAt)).toBe('missing');
  });

  it('gives the rate as reported ÷ due, and none when nothing was due', () => {
    expect(completenessTally({ due: 3, onTime: 1, late: 1, missing: 1, returned: 0 })).toMatchObject({
      rate: 66.7,
      onTimeRate: 33.3,
    });
    expect(completenessTally({ due: 0, onTime: 0, late: 0, missing: 0, returned: 0 }).rate).toBeNull();
  });
});
