import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { FORMULA_LEADS, neutraliseFormula } from '../roster/formula-cells.js';
import type { ReportSql } from './completion-report-sql.js';
import { jsRound, type ReportColumn } from './report-columns.js';

/**
 * A column's value as its CSV cell, in SQL: dates as the class grid's CSV writes them (YYYY-MM-DD HH:MM,
 * UTC, which the header says), a percent as a whole number (`Math.round`), text a spreadsheet would run
 * neutralised as `neutraliseFormula` does, and an empty text as no value (csv-stringify wrote both alike).
 */
export function csvCellSql(column: ReportColumn): string {
  const x = `(${column.sql})`;
  if (column.kind === 'date') return `to_char(${x} at time zone 'UTC', 'YYYY-MM-DD HH24:MI')`;
  if (column.kind === 'percent') return jsRound(`${x}::float8 * 100`);
  if (column.kind === 'number') return x;
  const leads = FORMULA_LEADS.map((c) => pg.escapeLiteral(c)).join(', ');
  return `nullif(case when left(${x}, 1) in (${leads}) then '''' || ${x} else ${x} end, '')`;
}

/**
 * The statement's parameters written into it as literals: COPY takes none. Every value was checked before
 * (ids, dates, names from fixed lists) and is quoted by node-postgres's `escapeLiteral` besides.
 */
export function withLiterals({ text, params }: ReportSql): string {
  return text.replace(/\$(\d+)\b/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
    if (typeof value === 'string') return pg.escapeLiteral(value);
    throw new Error(`report parameter $${n} is not text or a date`);
  });
}

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from('\r\n');

/**
 * PostgreSQL ends each CSV record with LF; the report's files (like the class grid's) end them with CRLF
 * (RFC 4180). Line breaks inside a quoted cell are the cell's own and stay as they are.
 */
export function crlfRecords(): Transform {
  let quoted = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const parts: Buffer[] = [];
      let start = 0;
      let at = 0;
      let quote = chunk.indexOf(QUOTE);
      for (;;) {
        if (quoted) {
          if (quote === -1) break;
          quoted = false;
          at = quote + 1;
          quote = chunk.indexOf(QUOTE, at);
          continue;
        }
        const end = chunk.indexOf(LF, at);
        if (quote !== -1 && (end === -1 || quote < end)) {
          quoted = true;
          at = quote + 1;
          quote = chunk.indexOf(QUOTE, at);
          continue;
        }
        if (end === -1) break;
        parts.push(chunk.subarray(start, end), CRLF);
        start = at = end + 1;
      }
      parts.push(chunk.subarray(start));
      done(null, Buffer.concat(parts));
    },
  });
}

/**
 * Writes the report as CSV: the header row (RFC 4180 quoting, CRLF), then PostgreSQL's own `COPY … TO
 * STDOUT (FORMAT csv)` of the cells, passed through as bytes. No row becomes a JS object, so the api's
 * memory stays flat however large the report, and the socket's back-pressure reaches PostgreSQL (the
 * copy stream pauses the connection). `bom` starts the file with a UTF-8 byte-order mark, for Excel. A
 * failure half-way destroys `out`, so a client never takes half a file for a whole one; the connection
 * is then in the middle of a COPY, and the caller discards it.
 */
export async function writeCsv(client: pg.PoolClient, cells: ReportSql, columns: ReportColumn[], bom: boolean, out: Writable) {
  const header = stringify([columns.map((c) => neutraliseFormula(c.header))], { record_delimiter: '\r\n', bom });
  out.write(header);
  const copy = client.query(copyTo(`copy (${withLiterals(cells)}) to stdout with (format csv)`));
  await pipeline(copy, crlfRecords(), out);
}
