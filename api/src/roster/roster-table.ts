/**
 * A cell of a worksheet that holds no text to read: an error (`#N/A`), or a formula saved without its
 * result (a roster's cells are never calculated here). A CSV file has none.
 */
export interface UnreadableCell {
  reason: 'ROSTER_ERROR_CELL' | 'ROSTER_FORMULA_NO_RESULT';
  /** Where, as the spreadsheet names it ("C4"). */
  address: string;
  /** What the spreadsheet shows or holds: the error, or the formula. */
  shown: string;
}

export type TableCell = string | UnreadableCell;

/** One row of a CSV file or a worksheet, its cells trimmed, with the line (row number) it starts on. */
export interface TableRow {
  line: number;
  cells: TableCell[];
}

/** Header names compared without case, accents, spaces, dashes or underscores: "E-mail" is "email". */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-'’.]/g, '');
}
