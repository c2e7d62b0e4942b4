import { describe, expect, it } from 'vitest';
import { fromApiDay, latinDigitsOnly, parseJalaliText, toApiDay } from './jalali-date';

describe('a Jalali day typed by a person', () => {
  it('reads Persian digits: ۱۴۰۵/۰۲/۲۰ is 10 May 2026', () => {
    const d = parseJalaliText('۱۴۰۵/۰۲/۲۰');
    expect(d && [d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([2026, 5, 10]);
  });

  it('reads Arabic-Indic digits, single-digit months and dashes alike', () => {
    expect(toApiDay(parseJalaliText('١٤٠٥/٢/٢٠'))).toBe('1405/02/20');
    expect(toApiDay(parseJalaliText('1405-2-20'))).toBe('1405/02/20');
  });

  it('refuses a day that does not exist instead of rolling it into the next month', () => {
    expect(parseJalaliText('1404/12/30')).toBeNull(); // 1404 is a common year: Esfand has 29 days
    expect(parseJalaliText('1403/12/30')).not.toBeNull(); // 1403 is a leap year
    expect(parseJalaliText('1405/07/31')).toBeNull(); // the second half of the year has 30-day months
    expect(parseJalaliText('1405/13/01')).toBeNull();
    expect(parseJalaliText('فردا')).toBeNull();
  });
});

describe('the day sent to and read from the API', () => {
  it('goes as Jalali text with Latin digits (the API reads it as that day in Tehran)', () => {
    expect(toApiDay(new Date(2026, 4, 10))).toBe('1405/02/20');
    expect(toApiDay(null)).toBeNull();
    expect(toApiDay(new Date(Number.NaN))).toBeNull();
  });

  it('an ISO day the API stored comes back as the same day, whatever the browser’s time zone', () => {
    expect(toApiDay(fromApiDay('2026-05-10'))).toBe('1405/02/20');
    expect(toApiDay(fromApiDay('1405/02/20'))).toBe('1405/02/20');
  });

  it('an instant is its day in Tehran: 20:30 UTC on 20 March 2025 is already Nowruz 1404', () => {
    expect(toApiDay(fromApiDay('2025-03-20T20:30:00.000Z'))).toBe('1404/01/01');
  });

  it('nothing or rubbish is no day', () => {
    expect(fromApiDay(null)).toBeNull();
    expect(fromApiDay('')).toBeNull();
    expect(fromApiDay('not a date')).toBeNull();
  });
});

describe('digits typed into a date section', () => {
  it('become Latin, so the picker does not ignore them', () => {
    expect(latinDigitsOnly('۱۴۰۵')).toBe('1405');
    expect(latinDigitsOnly('٢٠')).toBe('20');
    expect(latinDigitsOnly('۱۴۰۵/۰۲')).toBe('1405/02');
  });
});
