import { newDate } from 'date-fns-jalali';
import { normaliseJalaliInput, toLatinDigits } from '../../lib/format';

/** A Jalali day typed by a user (`۱۴۰۳/۰۱/۱۵`) as the API's ISO day (`2024-04-03`); null when it is no day. */
export function jalaliToIso(text: string): string | null {
  const normal = normaliseJalaliInput(text);
  if (!normal) return null;
  const [y, m, d] = normal.split('/').map(Number);
  const date = newDate(y, m - 1, d);
  if (Number.isNaN(date.getTime())) return null;
  // newDate rolls 1403/12/31 over into 1404/01/01 in a common year: that was not a day.
  const back = isoToJalali(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
  if (back !== normal) return null;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const jalali = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The API's ISO day as `1403/01/15` (Latin digits, for an input's value). */
export function isoToJalali(iso: string | null | undefined): string {
  if (!iso) return '';
  const parts = jalali.formatToParts(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${toLatinDigits(get('year'))}/${get('month')}/${get('day')}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
