// A form described field by field (what FieldForm draws): the typed text of each field from a record
// as read, and the body to send back. Pure, so it is tested without a browser (fields.test.ts), and
// each description can be held against openapi.json (admin/forms.contract.test.ts).
import { parseRialsInput, toLatinDigits, toPersianDigits } from './format';
import type { LabelGroup } from './labels';

/** A choice; without a `label`, the field's `labelGroup` names it (the API's catalog label). */
export type FieldOption = { value: string; label?: string };

export type FormField = {
  /** The property of the API's body (and of the record read). */
  name: string;
  label: string;
  help?: string;
  required?: boolean;
  /** An empty field is sent as null (the API clears it) rather than left out. */
  nullable?: boolean;
  /** Shown and sent only while this holds (e.g. a derived indicator's formula). */
  when?: (draft: Draft) => boolean;
} & (
  | {
      kind: 'text';
      multiline?: boolean;
      latin?: boolean;
      autoComplete?: string;
      /** Sent exactly as typed, spaces included (a password). */
      exact?: boolean;
    }
  | { kind: 'number'; decimal?: boolean }
  | { kind: 'rials'; unit?: 'rials' | 'hours' }
  | { kind: 'date' }
  | { kind: 'select' | 'multiselect'; options: FieldOption[]; labelGroup?: LabelGroup }
  | { kind: 'switch' }
);

export type DraftValue = string | boolean | string[] | null;
export type Draft = Record<string, DraftValue>;

/** An integer typed with Persian, Arabic-Indic or Latin digits, or null. */
export function integerOf(text: string): number | null {
  const latin = toLatinDigits(text).trim();
  return /^\d+$/.test(latin) ? Number(latin) : null;
}

/** A decimal typed with any digits and `.`, `٫` or `/` as the decimal point, or null. */
export function decimalOf(text: string): number | null {
  const latin = toLatinDigits(text).trim().replace(/[٫/]/g, '.');
  return /^-?\d+(\.\d+)?$/.test(latin) ? Number(latin) : null;
}

/** The text (or switch, or choices) each field starts with, from the record as read. */
export function draftOf(fields: FormField[], data: Record<string, unknown> = {}): Draft {
  const draft: Draft = {};
  for (const f of fields) {
    const v = data[f.name];
    if (f.kind === 'switch') draft[f.name] = Boolean(v);
    else if (f.kind === 'multiselect') draft[f.name] = Array.isArray(v) ? v.map(String) : [];
    else if (f.kind === 'date') draft[f.name] = typeof v === 'string' ? v : null;
    else if (v === null || v === undefined) draft[f.name] = '';
    else if (f.kind === 'number' || f.kind === 'rials')
      // `1.500` from a numeric column reads as ۱٫۵.
      draft[f.name] = toPersianDigits(f.kind === 'number' && f.decimal ? String(Number(v)) : String(v));
    else draft[f.name] = String(v);
  }
  return draft;
}

/** A field's value for the API; an unreadable figure goes as typed, so the API names the field in Persian. */
export function valueOf(field: FormField, typed: DraftValue): unknown {
  if (field.kind === 'switch' || field.kind === 'multiselect') return typed;
  if (typed === null || typed === '' || (typeof typed === 'string' && typed.trim() === ''))
    return field.nullable ? null : undefined;
  if (typeof typed !== 'string') return typed;
  if (field.kind === 'rials') return parseRialsInput(typed) ?? typed;
  if (field.kind === 'number') return (field.decimal ? decimalOf(typed) : integerOf(typed)) ?? typed;
  if (field.kind === 'text') return field.exact ? typed : typed.trim();
  return typed;
}

const visible = (f: FormField, draft: Draft) => !f.when || f.when(draft);

/** Every field shown and filled in (a new record). */
export function bodyOf(fields: FormField[], draft: Draft): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    if (!visible(f, draft)) continue;
    const v = valueOf(f, draft[f.name]);
    if (v !== undefined) body[f.name] = v;
  }
  return body;
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n')
    : a === b ||
      ((a === null || a === undefined) && (b === null || b === undefined)) ||
      String(a) === String(b);

/** Only what changed against the record as read (an edit). */
export function changesOf(
  fields: FormField[],
  data: Record<string, unknown>,
  draft: Draft,
): Record<string, unknown> {
  const before = draftOf(fields, data);
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    if (!visible(f, draft) || same(before[f.name], draft[f.name])) continue;
    const v = valueOf(f, draft[f.name]);
    if (v !== undefined || f.nullable) body[f.name] = v ?? null;
  }
  return body;
}

/** Whether a figure typed so far cannot be read (said beside the field before sending). */
export function unreadable(field: FormField, typed: DraftValue): boolean {
  if (typeof typed !== 'string' || typed.trim() === '') return false;
  if (field.kind === 'number') return (field.decimal ? decimalOf(typed) : integerOf(typed)) === null;
  if (field.kind === 'rials') return parseRialsInput(typed) === null;
  return false;
}
