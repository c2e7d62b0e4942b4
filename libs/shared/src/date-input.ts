import { Transform } from 'class-transformer';
import { isISO8601, ValidationArguments, ValidationOptions, ValidateBy } from 'class-validator';
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';

/** Tehran has kept UTC+03:30 all year since 1401 (2022), when daylight saving was abolished. */
const TEHRAN_OFFSET_MS = 3.5 * 3600 * 1000;
const JALALI = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII, so `۱۴۰۵/۰۹/۱۰` reads like `1405/09/10`. */
export function toLatinDigits(text: string): string {
  return text
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/**
 * Years below 1700 are read as Jalali: the register's dates are all after 1300 AP (1921), and no
 * Gregorian date we store is before 1700, so the two calendars never overlap.
 */
function jalaliParts(text: string): [number, number, number] | undefined {
  const m = JALALI.exec(text);
  if (!m || Number(m[1]) >= 1700) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Whether the text is written as a Jalali date (valid or not), e.g. `1405/13/01`. */
export function looksJalali(text: string): boolean {
  return jalaliParts(toLatinDigits(text.trim())) !== undefined;
}

/** The Gregorian day (`YYYY-MM-DD`) of a Jalali date, or undefined when there is no such day. */
export function jalaliToIsoDay(text: string): string | undefined {
  const parts = jalaliParts(toLatinDigits(text.trim()));
  if (!parts || !isValidJalaaliDate(...parts)) return undefined;
  const g = toGregorian(...parts);
  return `${g.gy}-${String(g.gm).padStart(2, '0')}-${String(g.gd).padStart(2, '0')}`;
}

/**
 * Today as a calendar day (`YYYY-MM-DD`) in Tehran, where the chamber's days (terms, joining and
 * leaving dates) are counted: from 20:30 UTC it is already tomorrow there.
 */
export function todayInTehran(now: Date = new Date()): string {
  return new Date(now.getTime() + TEHRAN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The UTC instant at which a Gregorian day (`YYYY-MM-DD`) begins in Tehran. */
export function tehranMidnight(isoDay: string): Date {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) - TEHRAN_OFFSET_MS);
}

function isRealIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

export type DateInputKind =
  /** A calendar day (`YYYY-MM-DD`), for DATE columns: Jalali becomes its Gregorian day. */
  | 'day'
  /** An ISO-8601 date or date-time, as written; Jalali becomes its Gregorian day. */
  | 'iso'
  /** An instant: Jalali becomes the UTC instant of that day's midnight in Tehran. */
  | 'instant';

/** Reads a date input as the API stores it, or returns it unchanged when it is not a date. */
export function normalizeDateInput(value: unknown, kind: DateInputKind): unknown {
  if (typeof value !== 'string') return value;
  const text = toLatinDigits(value.trim());
  if (looksJalali(text)) {
    const day = jalaliToIsoDay(text);
    if (!day) return value;
    return kind === 'instant' ? tehranMidnight(day).toISOString() : day;
  }
  return text;
}

export function isDateInput(value: unknown, kind: DateInputKind): boolean {
  if (typeof value !== 'string') return false;
  if (kind === 'day') return isRealIsoDay(value);
  return isISO8601(value, { strict: true }) && !looksJalali(value);
}

/** The constraint name of `@IsDateInput()` in validation errors. */
export const IS_DATE_INPUT = 'isDateInput';

/**
 * A date field: ISO-8601 (`2026-11-30`) or Jalali (`1405/09/10`, `۱۴۰۵-۰۹-۱۰`), read as that day in
 * Tehran. An impossible Jalali date (`1405/13/01`, or Esfand 30th of a common year) is a 400 naming
 * the field. Put it after `@IsOptional()` where the field may be left out.
 */
export function IsDateInput(kind: DateInputKind = 'day', options?: ValidationOptions): PropertyDecorator {
  const transform = Transform(({ value }) => normalizeDateInput(value, kind));
  const validate = ValidateBy(
    {
      name: IS_DATE_INPUT,
      constraints: [kind],
      validator: {
        validate: (value: unknown) => isDateInput(value, kind),
        defaultMessage: (args?: ValidationArguments) =>
          typeof args?.value === 'string' && looksJalali(args.value)
            ? `$property: ${args.value} is not a date of the Jalali calendar`
            : kind === 'day'
              ? '$property must be a date as YYYY-MM-DD or a Jalali date as 1405/09/10'
              : '$property must be an ISO-8601 date(-time) or a Jalali date as 1405/09/10',
      },
    },
    options,
  );
  return (target: object, property: string | symbol) => {
    transform(target, property);
    validate(target, property);
  };
}
