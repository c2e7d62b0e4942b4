import {
  dueDate,
  formatPeriod,
  lastDayOf,
  parsePeriod,
  periodBounds,
  periodContaining,
  periodsBetween,
  previousPeriod,
} from './periods';

describe('Jalali reporting periods', () => {
  it('reads a month, a quarter and a year and writes them back the same', () => {
    for (const text of ['1405-07', '1405-Q2', '1405']) expect(formatPeriod(parsePeriod(text))).toBe(text);
    expect(parsePeriod('1405-Q2')).toEqual({ kind: 'quarterly', year: 1405, index: 2 });
  });

  it('refuses month 13, quarter 5 and free text', () => {
    for (const bad of ['1405-13', '1405-00', '1405-Q5', '1405-7', 'abc', '1405-Q2x']) {
      expect(() => parsePeriod(bad)).toThrow();
    }
  });

  it('starts year 1405 at Nowruz midnight in Tehran (20 March 2026, 20:30 UTC)', () => {
    const { start, end } = periodBounds(parsePeriod('1405'));
    expect(start.toISOString()).toBe('2026-03-20T20:30:00.000Z');
    expect(end.toISOString()).toBe('2027-03-20T20:30:00.000Z');
  });

  it('gives Mehr 1405 (month 07) its 30 days and the first quarter its 93', () => {
    const mehr = periodBounds(parsePeriod('1405-07'));
    expect(mehr.start.toISOString()).toBe('2026-09-22T20:30:00.000Z');
    expect((mehr.end.getTime() - mehr.start.getTime()) / 86400000).toBe(30);
    const q1 = periodBounds(parsePeriod('1405-Q1'));
    expect((q1.end.getTime() - q1.start.getTime()) / 86400000).toBe(93);
  });

  it('ends Esfand of leap year 1403 after 30 days, of 1404 after 29', () => {
    const e1403 = periodBounds(parsePeriod('1403-12'));
    const e1404 = periodBounds(parsePeriod('1404-12'));
    expect((e1403.end.getTime() - e1403.start.getTime()) / 86400000).toBe(30);
    expect((e1404.end.getTime() - e1404.start.getTime()) / 86400000).toBe(29);
  });

  it('makes a report due fifteen days after its period ends', () => {
    expect(dueDate(parsePeriod('1405-Q2')).toISOString()).toBe('2026-10-07T20:30:00.000Z');
    expect(dueDate(parsePeriod('1405-Q2'), 0).toISOString()).toBe(
      periodBounds(parsePeriod('1405-Q3')).start.toISOString(),
    );
  });

  it('steps back across a year boundary', () => {
    expect(formatPeriod(previousPeriod(parsePeriod('1405-01')))).toBe('1404-12');
    expect(formatPeriod(previousPeriod(parsePeriod('1405-Q1')))).toBe('1404-Q4');
    expect(formatPeriod(previousPeriod(parsePeriod('1405')))).toBe('1404');
  });

  it('lists the eight quarters of two years', () => {
    const list = periodsBetween(parsePeriod('1403-Q1'), parsePeriod('1404-Q4')).map(formatPeriod);
    expect(list).toEqual([
      '1403-Q1',
      '1403-Q2',
      '1403-Q3',
      '1403-Q4',
      '1404-Q1',
      '1404-Q2',
      '1404-Q3',
      '1404-Q4',
    ]);
  });

  it('places 23 November 2026 in Azar 1405, the third quarter', () => {
    const d = new Date('2026-11-23T10:00:00Z');
    expect(formatPeriod(periodContaining(d, 'monthly'))).toBe('1405-09');
    expect(formatPeriod(periodContaining(d, 'quarterly'))).toBe('1405-Q3');
  });

  it('names a period’s last day (the member registry is counted on it)', () => {
    // Esfand 1403 has 30 days (a leap year): 20 March 2025; 1404-Q1 ends on 31 Khordad = 21 June 2025.
    expect(lastDayOf(parsePeriod('1403'))).toBe('2025-03-20');
    expect(lastDayOf(parsePeriod('1404-Q1'))).toBe('2025-06-21');
    expect(lastDayOf(parsePeriod('1404-07'))).toBe('2025-10-22');
  });
});
