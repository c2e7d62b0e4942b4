// The one home of how people read dates, numbers and money in the app.
// Every date is shown in Tehran time: a browser or a process in UTC would otherwise show
// 1403/12/30 for an instant that is already 1404/01/01 in Kerman.
export const TEHRAN = 'Asia/Tehran';

const jalaliDate = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
  timeZone: TEHRAN,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const jalaliDateTime = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
  timeZone: TEHRAN,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const integer = new Intl.NumberFormat('fa-IR');
const decimal = new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 1 });

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

function toDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `۱۴۰۴/۰۱/۰۱` for an ISO instant (or Date), read in Tehran; an em dash when there is none. */
export function formatJalaliDate(value: string | Date | null | undefined): string {
  const d = toDate(value);
  return d ? jalaliDate.format(d) : '—';
}

/** `۱۴۰۴/۰۱/۰۱، ۰۹:۳۰` in Tehran time. */
export function formatJalaliDateTime(value: string | Date | null | undefined): string {
  const d = toDate(value);
  return d ? jalaliDateTime.format(d).replace(',', '،') : '—';
}

/** Latin digits to Persian ones (for codes, periods and anything not already formatted). */
export function toPersianDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (c) => PERSIAN_DIGITS[Number(c)]);
}

/** Free text from the server (an alert's message) with its figures in Persian digits: 45.5 → ۴۵٫۵. */
export function persianText(text: string | null | undefined): string {
  if (!text) return '';
  return toPersianDigits(text.replace(/(\d)\.(\d)/g, '$1٫$2'));
}

/** Persian or Arabic-Indic digits typed by a user to Latin ones, so inputs parse (dates, amounts). */
export function toLatinDigits(text: string): string {
  return text
    .replace(/[۰-۹]/g, (c) => String(PERSIAN_DIGITS.indexOf(c)))
    .replace(/[٠-٩]/g, (c) => String(ARABIC_DIGITS.indexOf(c)))
    .replace(/[٫]/g, '.')
    .replace(/[٬،,]/g, '');
}

/** A count or a measure in Persian digits (one decimal at most). */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/**
 * Rials from the API's decimal string (or a BigInt), grouped in Persian digits. Never through a
 * Number: sums of grants outgrow 2^53 and would silently lose their last digits.
 */
export function formatRials(value: string | bigint | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'bigint' ? value.toString() : value.trim();
  if (!/^-?\d+$/.test(text)) return '—';
  return `${integer.format(BigInt(text))} ریال`;
}

/** An amount typed by a user (Persian or Latin digits, with separators) as the API's decimal string. */
export function parseRialsInput(text: string): string | null {
  const latin = toLatinDigits(text).replace(/\s|ریال/g, '');
  return /^\d+$/.test(latin) ? BigInt(latin).toString() : null;
}

/** A Jalali date typed as `۱۴۰۵/۹/۱۰` or `1405-09-10` normalised to `1405/09/10` (the API reads it as that day in Tehran). */
export function normaliseJalaliInput(text: string): string | null {
  const m = /^\s*(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s*$/.exec(toLatinDigits(text));
  if (!m) return null;
  const [, y, mo, d] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}/${mo.padStart(2, '0')}/${d.padStart(2, '0')}`;
}

/** A score 0–100 with one decimal, in Persian digits. */
export function formatScore(value: number | null | undefined): string {
  return formatNumber(value === null || value === undefined ? value : Math.round(value * 10) / 10);
}

/** «۱۲ روز» */
export function formatDays(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${formatNumber(Math.round(value))} روز`;
}

/** A Jalali period key of the API (`1405-07`, `1405-Q2`, `1405`) as people write it. */
export function formatPeriod(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${toPersianDigits(q[1])} — فصل ${toPersianDigits(q[2])}`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return toPersianDigits(`${m[1]}/${m[2]}`);
  return toPersianDigits(period);
}

/** A file's size as people read it: «۸۱۲ بایت», «۱۲٫۳ کیلوبایت», «۲٫۱ مگابایت». */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} بایت`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} کیلوبایت`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} مگابایت`;
}

const jalaliYear = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: TEHRAN, year: 'numeric' });

/** The Jalali year (the chamber's fiscal year) of an instant in Tehran, e.g. 1405. */
export function jalaliYearOf(date: Date = new Date()): number {
  return Number(/\d+/.exec(jalaliYear.format(date))?.[0]);
}
