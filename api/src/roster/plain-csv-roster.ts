import { readClassList, type ClassList } from './class-list.js';
import { readCsv } from './csv-rows.js';
import { decodeRosterText, type RosterEncoding } from './text-decoding.js';

export interface ParsedCsvRoster extends ClassList {
  encoding: RosterEncoding;
}

/**
 * A plain CSV roster: its text decoded, its records read, then the class list's rules (header, columns,
 * one student a line) as for a worksheet.
 */
export async function readPlainCsvRoster(bytes: Buffer, file: string): Promise<ParsedCsvRoster> {
  const { text, encoding } = decodeRosterText(bytes, file);
  return { ...readClassList(await readCsv(text, file), file), encoding };
}
