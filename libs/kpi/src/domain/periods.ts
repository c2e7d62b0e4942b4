import { toPersianDigits } from '@tashakkol/shared';
import { jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';

export type PeriodKind = 'monthly' | 'quarterly' | 'yearly';

/** A Jalali (شمسی) reporting period: `1405-07` (month), `1405-Q2` (quarter) or `1405` (year). */
export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, or 1 for a year. */
  index: number;
}

/** Tehran has kept UTC+03:30 all year since 1401 (2022); periods begin at local midnight. */
const TEHRAN_OFFSET_MS = 3.5 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
export const DEFAULT_GRACE_DAYS = 15;

const PATTERN = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$/;

export class InvalidPeriodError extends Error {}

export function parsePeriod(text: string): Period {
  const m = PATTERN.exec(text);
  if (!m) throw new InvalidPeriodError(`${text} is not a Jalali period like 1405-07, 1405-Q2 or 1405`);
  const year = Number(m[1]);
  if (year < 1300 || year > 1500) throw new InvalidPeriodError(`${text}: year ${year} is out of range`);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new InvalidPeriodError(`${text}: month must be 01 to 12`);
    return { kind: 'monthly', year, index: month };
  }
  if (m[3] !== undefined) return { kind: 'quarterly', year, index: Number(m[3]) };
  return { kind: 'yearly', year, index: 1 };
}

export function formatPeriod(p: Period): string {
  if (p.kind === 'monthly') return `${p.year}-${String(p.index).padStart(2, '0')}`;
  if (p.kind === 'quarterly') return `${p.year}-Q${p.index}`;
  return String(p.year);
}

export function isPeriod(text: string): boolean {
  return PATTERN.test(text) && safe(() => parsePeriod(text)) !== undefined;
}

/** First and last Jalali month of the period. */
function monthRange(p: Period): [number, number] {
  if (p.kind === 'monthly') return [p.index, p.index];
  if (p.kind === 'quarterly') return [(p.index - 1) * 3 + 1, p.index * 3];
  return [1, 12];
}

/** The UTC instant of 00:00 Tehran time on a Jalali day. */
function tehranMidnight(jy: number, jm: number, jd: number): Date {
  const g = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(g.gy, g.gm - 1, g.gd) - TEHRAN_OFFSET_MS);
}

/** The period as a half-open UTC interval [start, end): end is the first instant of the next period. */
export function periodBounds(p: Period): { start: Date; end: Date } {
  const [first, last] = monthRange(p);
  const start = tehranMidnight(p.year, first, 1);
  const end = new Date(tehranMidnight(p.year, last, jalaaliMonthLength(p.year, last)).getTime() + DAY_MS);
  return { start, end };
}

/** The period's last day as an ISO day (`YYYY-MM-DD`, the Gregorian date of the last Jalali day). */
export function lastDayOf(p: Period): string {
  const [, last] = monthRange(p);
  const g = toGregorian(p.year, last, jalaaliMonthLength(p.year, last));
  return `${g.gy}-${String(g.gm).padStart(2, '0')}-${String(g.gd).padStart(2, '0')}`;
}

/** A report is due `graceDays` after the period ends. */
export function dueDate(p: Period, graceDays = DEFAULT_GRACE_DAYS): Date {
  return new Date(periodBounds(p).end.getTime() + graceDays * DAY_MS);
}

export function previousPeriod(p: Period): Period {
  const count = p.kind === 'monthly' ? 12 : p.kind === 'quarterly' ? 4 : 1;
  if (p.index > 1) return { ...p, index: p.index - 1 };
  return { kind: p.kind, year: p.year - 1, index: count };
}

export function nextPeriod(p: Period): Period {
  const count = p.kind === 'monthly' ? 12 : p.kind === 'quarterly' ? 4 : 1;
  if (p.index < count) return { ...p, index: p.index + 1 };
  return { kind: p.kind, year: p.year + 1, index: 1 };
}

/** Every period of a kind from `from` to `to` inclusive, in order. */
export function periodsBetween(from: Period, to: Period): Period[] {
  if (from.kind !== to.kind) throw new InvalidPeriodError('both ends of a range must be of the same kind');
  const out: Period[] = [];
  for (let p = from; comparePeriods(p, to) <= 0; p = nextPeriod(p)) out.push(p);
  return out;
}

export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.index - b.index;
}

/** The period of a kind that contains an instant (Tehran time). */
export function periodContaining(date: Date, kind: PeriodKind): Period {
  const local = new Date(date.getTime() + TEHRAN_OFFSET_MS);
  const j = toJalaali(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  if (kind === 'monthly') return { kind, year: j.jy, index: j.jm };
  if (kind === 'quarterly') return { kind, year: j.jy, index: Math.ceil(j.jm / 3) };
  return { kind, year: j.jy, index: 1 };
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

const MONTHS_FA = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];
const QUARTERS_FA = ['اول', 'دوم', 'سوم', 'چهارم'];

/** How people read a period: `مهر ۱۴۰۵`, `فصل دوم ۱۴۰۵`, `سال ۱۴۰۵`. */
export function periodLabelFa(text: string): string {
  const p = parsePeriod(text);
  const year = toPersianDigits(p.year);
  if (p.kind === 'monthly') return `${MONTHS_FA[p.index - 1]} ${year}`;
  if (p.kind === 'quarterly') return `فصل ${QUARTERS_FA[p.index - 1]} ${year}`;
  return `سال ${year}`;
}

/** The periods of a kind that make up `outer` (the quarters of a year, the months of a quarter …); none for a longer kind. */
export function periodsWithin(outer: Period, kind: PeriodKind): Period[] {
  if (kind === outer.kind) return [outer];
  const [first, last] = monthRange(outer);
  if (kind === 'monthly')
    return Array.from({ length: last - first + 1 }, (_, i) => ({ kind, year: outer.year, index: first + i }));
  if (kind === 'quarterly' && outer.kind === 'yearly')
    return [1, 2, 3, 4].map((index) => ({ kind, year: outer.year, index }));
  return [];
}
