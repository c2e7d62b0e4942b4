import { jalaliOf, jalaliYearOf, toJalaliDate, withJalali } from './jalali';

describe('Jalali dates shown to people', () => {
  it('shows Nowruz 1405 for 21 March 2026 (Tehran time)', () => {
    expect(toJalaliDate(new Date('2026-03-21T08:00:00Z'))).toBe('1405/01/01');
  });
  it('uses Tehran time: 21:00 UTC on 20 March 2026 is already 1405', () => {
    expect(jalaliYearOf(new Date('2026-03-20T21:00:00Z'))).toBe(1405);
    expect(jalaliYearOf(new Date('2026-03-20T20:00:00Z'))).toBe(1404);
  });
});

describe('the Jalali rendering beside a returned date', () => {
  it('shows an instant as its Tehran day: 20:30 UTC on 20 March 2026 is 1405/01/01', () => {
    expect(jalaliOf(new Date('2026-03-20T20:30:00Z'))).toBe('1405/01/01');
    expect(jalaliOf('2026-03-20T20:29:00.000Z')).toBe('1404/12/29');
  });
  it('shows a calendar date as that same day, whatever the time zone', () => {
    expect(jalaliOf('2026-12-01')).toBe('1405/09/10');
  });
  it('keeps null for a date that is not set', () => {
    expect(jalaliOf(null)).toBeNull();
    expect(withJalali({ foundedAt: null as string | null }, ['foundedAt'])).toEqual({
      foundedAt: null,
      foundedAtJalali: null,
    });
  });
  it('adds <field>Jalali beside each named field and keeps the rest', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(withJalali({ id: 'x', createdAt: at }, ['createdAt'])).toEqual({
      id: 'x',
      createdAt: at,
      createdAtJalali: '1405/09/10',
    });
  });
});
