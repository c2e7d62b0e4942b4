import { toJalaali } from 'jalaali-js';
import { toPersianDigits } from './persian';

/** Tehran has kept UTC+03:30 all year since 1401 (2022), when daylight saving was abolished. */
const TEHRAN_OFFSET_MS = 3.5 * 3600 * 1000;

/** The Jalali (شمسی) date of a UTC instant as people in Iran read it, e.g. `1405/09/02`. */
export function toJalaliDate(date: Date): string {
  const local = new Date(date.getTime() + TEHRAN_OFFSET_MS);
  const j = toJalaali(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  return `${j.jy}/${String(j.jm).padStart(2, '0')}/${String(j.jd).padStart(2, '0')}`;
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
