import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { neutraliseFormula } from '../roster/formula-cells.js';
import type { ReportRow } from './completion-report-rows.js';
import type { ReportColumn } from './report-columns.js';

/** Dates as the class grid's CSV writes them: minutes, in UTC, which the header says. */
const csvDate = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

/** One cell as CSV text. A percent is written as a whole number (the grid's rounding); text that a spreadsheet would run is neutralised. */
export function csvCell(column: ReportColumn, row: ReportRow): string {
  const value = column.value(row);
  if (value === null) return '';
  if (value instanceof Date) return csvDate(value);
  if (typeof value === 'number') return String(column.kind === 'percent' ? Math.round(value * 100) : value);
  return neutraliseFormula(value);
}

/**
 * Writes the report as CSV (csv-stringify: RFC 4180 quoting, CRLF), a header row first even when there
 * are no rows, with back-pressure from `out`. `bom` starts it with a UTF-8 byte-order mark, for Excel to
 * read accents right. A failure half-way destroys `out`, so a client never takes half a file for a whole one.
 */
export function writeCsv(batches: AsyncIterable<ReportRow[]>, columns: ReportColumn[], bom: boolean, out: Writable): Promise<void> {
  const records = Readable.from(
    (async function* () {
      yield columns.map((c) => neutraliseFormula(c.header));
      for await (const batch of batches) for (const row of batch) yield columns.map((c) => csvCell(c, row));
    })(),
  );
  return pipeline(records, stringify({ record_delimiter: '\r\n', bom }), out);
}
