import ExcelJS from 'exceljs';
import type { TableCell } from './roster-table.js';

type FormulaResult = ExcelJS.CellFormulaValue['result'];

/**
 * A number as a spreadsheet shows it in its General format: 123456 is "123456" (never "123456.0" or
 * "1.23456E5"), and a fraction keeps the 15 significant digits a spreadsheet stores.
 */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(Number(value.toPrecision(15)));
}

/** A date as ISO text: the day, and the time when there is one ("2011-03-04", "2011-03-04T08:30"). */
function dateText(value: Date, address: string): TableCell {
  if (Number.isNaN(value.getTime())) return { reason: 'ROSTER_ERROR_CELL', address, shown: '#NUM!' };
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

function hasKey<K extends string>(value: object, key: K): value is Record<K, unknown> {
  return key in value;
}

/** A plain value (or a formula's saved result) as text; an error value is a cell that cannot be read. */
function valueText(value: unknown, address: string): TableCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, address);
  if (typeof value !== 'object') return '';
  if (hasKey(value, 'error')) return { reason: 'ROSTER_ERROR_CELL', address, shown: String(value.error) };
  if (hasKey(value, 'richText') && Array.isArray(value.richText))
    return (value.richText as { text?: unknown }[])
      .map((run) => (typeof run.text === 'string' ? run.text : ''))
      .join('')
      .trim();
  return '';
}

/**
 * The text of a cell of a worksheet read by exceljs, as the spreadsheet shows it, trimmed: shared and
 * inline strings, rich text (its runs joined), numbers, dates as ISO text, TRUE and FALSE. A hyperlink
 * gives its text (Excel makes a typed e-mail address a mailto: link). A formula gives the result the
 * spreadsheet saved, and is never calculated here; without a saved result, or with an error
 * (`#N/A`), the cell cannot be read. Of merged cells only the first holds the text.
 */
export function cellText(cell: ExcelJS.Cell): TableCell {
  const { address } = cell;
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  if (cell.type === ExcelJS.ValueType.Hyperlink) {
    const link = cell.value as ExcelJS.CellHyperlinkValue;
    const text = valueText(link.text, address);
    return text === '' ? (link.hyperlink ?? '').replace(/^mailto:/i, '').trim() : text;
  }
  if (cell.type === ExcelJS.ValueType.Formula) {
    // cell.value leaves out a result of 0, false or empty text; cell.result is the saved result as it is.
    const result = cell.result as FormulaResult;
    if (result === undefined) return { reason: 'ROSTER_FORMULA_NO_RESULT', address, shown: `=${cell.formula}` };
    return valueText(result, address);
  }
  return valueText(cell.value, address);
}
