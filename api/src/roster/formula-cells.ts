/**
 * Cells that a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1+1`, `@SUM`, and the tab and
 * carriage-return variants OWASP lists for CSV injection).
 */
export const FORMULA_LEADS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

export function isFormulaLike(cell: string): boolean {
  return cell.length > 0 && FORMULA_LEADS.includes(cell[0]!);
}

/** Prefixes a formula-like cell with an apostrophe, so that a spreadsheet shows it as text. */
export function neutraliseFormula(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}
