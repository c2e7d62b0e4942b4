import { jalaliYearOf, toJalaliDate } from './jalali';

describe('Jalali dates shown to people', () => {
  it('shows Nowruz 1405 for 21 March 2026 (Tehran time)', () => {
    expect(toJalaliDate(new Date('2026-03-21T08:00:00Z'))).toBe('1405/01/01');
  });
  it('uses Tehran time: 21:00 UTC on 20 March 2026 is already 1405', () => {
    expect(jalaliYearOf(new Date('2026-03-20T21:00:00Z'))).toBe(1405);
    expect(jalaliYearOf(new Date('2026-03-20T20:00:00Z'))).toBe(1404);
  });
});
