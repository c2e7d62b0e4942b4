import { toJalaali } from 'jalaali-js';
import { toPersianDigits } from './messages-fa';

/** Tehran has kept UTC+03:30 all year since 1401 (2022), when daylight saving was abolished. */
const TEHRAN_OFFSET_MS = 3.5 * 3600 * 1000;

const DAY_MS = 24 * 3600 * 1000;
/** Jalali renderings by Tehran day number (a few thousand days at most are ever rendered). */
const byDay = new Map<number, string>();

/** The Jalali (شمسی) date of a UTC instant as people in Iran read it, e.g. `1405/09/02`. */
export function toJalaliDate(date: Date): string {
  const day = Math.floor((date.getTime() + TEHRAN_OFFSET_MS) / DAY_MS);
  const known = byDay.get(day);
  if (known !== undefined) return known;
  const local = new Date(day * DAY_MS);
  const j = toJalaali(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  const text = `${j.jy}/${String(j.jm).padStart(2, '0')}/${String(j.jd).padStart(2, '0')}`;
  if (Number.isFinite(day)) {
    if (byDay.size >= 20_000) byDay.clear();
    byDay.set(day, text);
  }
  return text;
}

/** The Jalali year (fiscal year of the chamber) an instant falls in. */
export function jalaliYearOf(date: Date): number {
  const local = new Date(date.getTime() + TEHRAN_OFFSET_MS);
  return toJalaali(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()).jy;
}

/** The Jalali date in Persian digits, for text people read (notifications), e.g. `۱۴۰۵/۰۹/۰۲`. */
export function toJalaliDateFa(date: Date): string {
  return toPersianDigits(toJalaliDate(date));
}

/**
 * The Jalali rendering of a returned date: an instant as its Tehran calendar day, a calendar date
 * (`YYYY-MM-DD`, a DATE column) as that same day; null stays null.
 */
export function jalaliOf(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (day) {
      const midnight = new Date(0);
      midnight.setUTCFullYear(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
      return toJalaliDate(midnight); // that day's UTC midnight is the same day in Tehran
    }
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? null : toJalaliDate(instant);
  }
  return toJalaliDate(value);
}

type JalaliFields<T, K extends keyof T & string> = {
  [P in K as `${P}Jalali`]: null extends T[P]
    ? string | null
    : undefined extends T[P]
      ? string | null
      : string;
};

/** The object with `<field>Jalali` beside each named date field: `withJalali(user, ['createdAt'])`. */
export function withJalali<T extends object, K extends keyof T & string>(
  value: T,
  fields: readonly K[],
): T & JalaliFields<T, K> {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const f of fields) out[`${f}Jalali`] = jalaliOf(value[f] as Date | string | null | undefined);
  return out as T & JalaliFields<T, K>;
}
