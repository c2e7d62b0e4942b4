// Dates people type or pick in the Jalali calendar, and the form the API accepts them in.
// The picker works on a calendar day (local midnight); the API reads `1405/02/20` as that day in Tehran,
// so a day goes to the API as its Jalali text with Latin digits and never through a UTC instant.
import { format, isValid, parse } from 'date-fns-jalali';
import { normaliseJalaliInput, toLatinDigits } from './format';

const JALALI_DAY = 'yyyy/MM/dd';

/** A Jalali day typed as `۱۴۰۵/۲/۲۰`, `1405-02-20` or with Arabic-Indic digits; null when it is no real day. */
export function parseJalaliText(text: string): Date | null {
  const normal = normaliseJalaliInput(text);
  if (!normal) return null;
  const date = parse(normal, JALALI_DAY, new Date(2000, 0, 1));
  // parse rolls 1404/12/30 of a common year over to the next month; a real day reads back the same.
  return isValid(date) && format(date, JALALI_DAY) === normal ? date : null;
}

/** The day as the API takes it: `1405/02/20` (Latin digits); null for no day or an unfinished one. */
export function toApiDay(date: Date | null | undefined): string | null {
  return date && isValid(date) ? format(date, JALALI_DAY) : null;
}

/**
 * A day the API sent (`2026-05-10`, an ISO instant, or Jalali text) as the picker's Date (local midnight
 * of that day). An instant is read as its day in Tehran.
 */
export function fromApiDay(value: string | null | undefined): Date | null {
  if (!value) return null;
  const text = toLatinDigits(value.trim());
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const [, y, m, d] = day;
    if (Number(y) < 1700) return parseJalaliText(text);
    const date = new Date(Number(y), Number(m) - 1, Number(d));
    return isValid(date) ? date : null;
  }
  if (/^\d{4}\/\d{1,2}\/\d{1,2}$/.test(text)) return parseJalaliText(text);
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return null;
  const tehran = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tehran',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return fromApiDay(tehran);
}

/** Persian or Arabic-Indic digits in a piece of typed text as Latin ones (nothing else changed). */
export function latinDigitsOnly(text: string): string {
  return text
    .replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x0660));
}
