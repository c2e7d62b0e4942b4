import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './spreadsheet-cell';

export type CsvCell = string | number | bigint | boolean | null | undefined;

/**
 * A cell a spreadsheet program will not run as a formula (OWASP "CSV injection"): text that
 * starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, which Excel and
 * LibreOffice show as text. Plain numbers (`-5`) stay numbers.
 */
export function neutraliseCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? neutraliseFormula(value) : String(value);
}

/**
 * The one way to write a CSV export: every cell neutralised, with a byte-order mark so
 * spreadsheet programs read the Persian text as UTF-8.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + stringify(rows.map((r) => r.map(neutraliseCsvCell)));
}
