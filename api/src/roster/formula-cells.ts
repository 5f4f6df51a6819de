/**
 * Cells that a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1+1`, `@SUM`, and the tab and
 * carriage-return variants OWASP lists for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function isFormulaLike(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/** Prefixes a formula-like cell with an apostrophe, so that a spreadsheet shows it as text. */
export function neutraliseFormula(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}
