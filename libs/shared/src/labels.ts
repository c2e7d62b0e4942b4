/** What people read for a code: its Persian and English names. */
export interface Label {
  fa: string;
  en: string;
}

/** Code → its label, for one family of codes (phases, statuses, support kinds …). */
export type LabelMap = Record<string, Label>;

/** The labels of catalog rows or table entries, keyed by their code, in their own order. */
export function labelsOf<T>(
  rows: readonly T[],
  code: (row: T) => string | number,
  fa: (row: T) => string,
  en: (row: T) => string,
): LabelMap {
  return Object.fromEntries(rows.map((r) => [String(code(r)), { fa: fa(r), en: en(r) }]));
}
