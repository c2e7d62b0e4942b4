import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatJalaliDate,
  formatJalaliDateTime,
  jalaliYearOf,
  formatPeriod,
  formatRials,
  normaliseJalaliInput,
  parseRialsInput,
  persianText,
  toLatinDigits,
  toPersianDigits,
} from './format';

describe('Jalali dates are read in Tehran, whatever the time zone of the machine', () => {
  it('shows 1404/01/01 for the first half hour of Nowruz in Tehran, though it is still 20 March in UTC', () => {
    expect(formatJalaliDate('2025-03-20T21:00:00Z')).toBe('۱۴۰۴/۰۱/۰۱');
  });

  it('shows 1403/12/30 half an hour before midnight in Tehran', () => {
    expect(formatJalaliDate('2025-03-20T20:00:00Z')).toBe('۱۴۰۳/۱۲/۳۰');
  });

  it('shows date and Tehran time with a Persian comma', () => {
    expect(formatJalaliDateTime('2025-03-20T21:00:00Z')).toBe('۱۴۰۴/۰۱/۰۱، ۰۰:۳۰');
  });

  it('shows a dash, never "Invalid Date", for a missing or broken value', () => {
    expect(formatJalaliDate(null)).toBe('—');
    expect(formatJalaliDate('not a date')).toBe('—');
  });
});

describe('digits typed by a user', () => {
  it('reads Persian and Arabic-Indic digits as Latin ones', () => {
    expect(toLatinDigits('۱۴۰۵/۰۹/۱۰')).toBe('1405/09/10');
    expect(toLatinDigits('٢٠٢٥')).toBe('2025');
  });

  it('normalises a Jalali date typed in Persian digits for the API', () => {
    expect(normaliseJalaliInput('۱۴۰۵/۹/۱۰')).toBe('1405/09/10');
    expect(normaliseJalaliInput('1405-09-10')).toBe('1405/09/10');
    expect(normaliseJalaliInput('۱۴۰۵/۱۳/۱۰')).toBeNull();
    expect(normaliseJalaliInput('فردا')).toBeNull();
  });

  it('reads an amount with Persian digits and separators as the exact decimal string', () => {
    expect(parseRialsInput('۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۷')).toBe('9223372036854775807');
    expect(parseRialsInput('۱۲a')).toBeNull();
  });

  it('writes Latin digits in Persian', () => {
    expect(toPersianDigits('1405-Q2')).toBe('۱۴۰۵-Q۲');
  });
});

describe('Rials', () => {
  it('formats 2^63-1 from its string exactly, to the last digit', () => {
    expect(formatRials('9223372036854775807')).toBe('۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۷ ریال');
  });

  it('formats a BigInt and a negative amount', () => {
    expect(formatRials(1500000n)).toBe('۱٬۵۰۰٬۰۰۰ ریال');
    expect(formatRials('-20')).toBe('‎−۲۰ ریال');
  });

  it('shows a dash for anything that is not an integer string', () => {
    expect(formatRials('12.5')).toBe('—');
    expect(formatRials(null)).toBe('—');
  });
});

describe('free text from the server', () => {
  it('shows figures and decimal points in Persian', () => {
    expect(persianText('score 45.45 ← 37.99 in 1404-Q2')).toBe('score ۴۵٫۴۵ ← ۳۷٫۹۹ in ۱۴۰۴-Q۲');
  });
});

describe('periods', () => {
  it('writes a quarter and a month as people say them', () => {
    expect(formatPeriod('1405-Q2')).toBe('۱۴۰۵ — فصل ۲');
    expect(formatPeriod('1405-07')).toBe('۱۴۰۵/۰۷');
  });
});

describe('file sizes', () => {
  it('reads bytes, kilobytes and megabytes in Persian', () => {
    expect(formatBytes(812)).toBe('۸۱۲ بایت');
    expect(formatBytes(12_595)).toBe('۱۲٫۳ کیلوبایت');
    expect(formatBytes(2_200_000)).toBe('۲٫۱ مگابایت');
  });
});

describe('the fiscal year', () => {
  it('turns at Nowruz in Tehran, not at midnight UTC', () => {
    // 1405/01/01 begins at 00:00 Tehran on 21 March 2026, which is 20:30 UTC the day before.
    expect(jalaliYearOf(new Date('2026-03-20T20:00:00Z'))).toBe(1404);
    expect(jalaliYearOf(new Date('2026-03-20T21:00:00Z'))).toBe(1405);
  });
});
