/** Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A text cell safe to open in a spreadsheet (CSV or XLSX): text that would start a formula gets a
 * leading `'` so Excel and LibreOffice show it as text. Numbers, and text that is a plain number
 * (`-5`), are left alone. The one home of this rule: every export calls it.
 */
export function neutraliseFormula<T>(value: T): T | string {
  return typeof value === 'string' && !PLAIN_NUMBER.test(value) && FORMULA_START.test(value)
    ? `'${value}`
    : value;
}
