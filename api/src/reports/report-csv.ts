import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { neutraliseFormula } from '../roster/formula-cells.js';
import type { ReportRow } from './completion-report-rows.js';
import type { ReportColumn } from './report-columns.js';

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
/**
 * Dates as the class grid's CSV writes them (YYYY-MM-DD HH:MM): minutes, in UTC, which the header says.
 * Written from the parts: slicing `toISOString()` took about 14% of the api's CPU in a profile of a
 * million-row download.
 */
export const csvDate = (d: Date) =>
  `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;

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
 * are no rows. A batch's records are handed to the stringifier at once, then the next batch waits until
 * `out` has taken them in (back-pressure per batch, so the api holds about one batch however slow the
 * client). `bom` starts it with a UTF-8 byte-order mark, for Excel to read accents right. A failure
 * half-way destroys `out`, so a client never takes half a file for a whole one.
 */
export async function writeCsv(batches: AsyncIterable<ReportRow[]>, columns: ReportColumn[], bom: boolean, out: Writable): Promise<void> {
  const csv = stringify({ record_delimiter: '\r\n', bom });
  const written = pipeline(csv, out);
  // When `out` fails, `written` rejects and `csv` is destroyed: a drain awaited then would never come.
  const failed = written.then(() => new Promise<never>(() => undefined));
  failed.catch(() => undefined);
  try {
    csv.write(columns.map((c) => neutraliseFormula(c.header)));
    for await (const batch of batches) {
      if (csv.destroyed) break;
      for (const row of batch) csv.write(columns.map((c) => csvCell(c, row)));
      if (csv.writableNeedDrain) await Promise.race([once(csv, 'drain'), failed]);
    }
    if (!csv.destroyed) csv.end();
  } catch (error) {
    csv.destroy(error as Error);
  }
  await written;
}
