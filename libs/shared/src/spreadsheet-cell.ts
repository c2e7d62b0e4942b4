/** Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell safe to open in a spreadsheet: one that would start a formula gets a leading `'`
 * so it is shown as text. Numbers we compute are written as numbers and left alone.
 */
export function neutraliseFormula<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
