import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { ROSTER_LIMITS } from './roster-limits.js';
import { refuse } from './roster-problem.js';
import { normaliseHeader } from './roster-table.js';

/** A CSV record with the line it starts on (1 is the header). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A CSV table: its header (trimmed) and its records, each by header name. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: { line: number; get: (column: string) => string }[];
}

const DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/**
 * Comma, semicolon (what a French or German Excel writes) or tab (a "tab-separated values" download from a
 * spreadsheet, or a class list pasted from one), by whichever the first lines hold most of: a title row above the
 * header may hold none.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const firstLines = text.split(/\r\n|\r|\n/, 10).join('\n');
  const count = (c: string) => firstLines.split(c).length - 1;
  return DELIMITERS.reduce((best, c) => (count(c) > count(best) ? c : best));
}

/**
 * Reads CSV text record by record with csv-parse's streaming parser, stopping at the line limit; a
 * malformed file (an unclosed quote) is refused with the line csv-parse found it on.
 */
export async function readCsv(text: string, file: string, delimiter = detectDelimiter(text)): Promise<CsvRow[]> {
  const parser = Readable.from([text]).pipe(
    parse({ delimiter, bom: true, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }),
  );
  const rows: CsvRow[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (record.every((cell) => cell === '')) continue;
      if (rows.length > ROSTER_LIMITS.maxLines) {
        parser.destroy();
        throw refuse(file, null, 'ROSTER_TOO_LONG', `The file "${file}" has more than ${ROSTER_LIMITS.maxLines} lines.`, {
          file,
          max: ROSTER_LIMITS.maxLines,
        });
      }
      rows.push({ line: info.lines - countLineBreaks(record), cells: record });
    }
  } catch (error) {
    if (error instanceof CsvError)
      throw refuse(
        file,
        typeof error.lines === 'number' ? error.lines : null,
        'ROSTER_MALFORMED',
        `The file "${file}" is not well-formed CSV: ${error.message}`,
        {
          file,
        },
      );
    throw error;
  }
  return rows;
}

// A quoted cell may span lines; csv-parse counts to the record's last line, the preview names its first.
function countLineBreaks(record: string[]): number {
  return record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
}

/** A CSV file as a table keyed by its (normalised) header names, its header on the first line (OneRoster's files). */
export async function readCsvTable(text: string, file: string): Promise<CsvTable> {
  const [head, ...body] = await readCsv(text, file);
  if (!head) throw refuse(file, null, 'ROSTER_EMPTY', `The file "${file}" is empty.`, { file });
  const header = head.cells.map(normaliseHeader);
  const index = new Map(header.map((name, i) => [name, i] as const));
  return {
    file,
    header,
    rows: body.map((row) => ({ line: row.line, get: (column: string) => row.cells[index.get(column) ?? -1] ?? '' })),
  };
}
