import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClassList } from './class-list.js';
import { readOneRosterZip, type RosterClassChoice } from './oneroster-roster.js';
import { readPlainCsvRoster } from './plain-csv-roster.js';
import type { RosterFormat } from './roster-import.entity.js';
import type { RosterEncoding } from './text-decoding.js';
import { readXlsxRoster, type WorksheetRead } from './xlsx-roster.js';

/** A roster read in any format: its students and problems, and what the preview says about how it was read. */
export interface ReadRoster extends ClassList {
  /** A plain CSV file's encoding, as detected. */
  encoding: RosterEncoding | null;
  /** The classes a OneRoster file holds, and the one read. */
  classes: RosterClassChoice[];
  chosenClass: RosterClassChoice | null;
  /** The worksheet of a workbook that was read. */
  sheet: WorksheetRead | null;
}

const NOTHING_ELSE = { encoding: null, classes: [], chosenClass: null, sheet: null };

async function readOneRosterBytes(bytes: Buffer, rosterClass: string | null) {
  // yauzl reads the zip's directory from the end of a file, through the SCORM importer's checks.
  const dir = await mkdtemp(join(tmpdir(), 'kinship-roster-'));
  try {
    const path = join(dir, 'roster.zip');
    await writeFile(path, bytes);
    return await readOneRosterZip(path, rosterClass);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads an uploaded roster in its format (see rosterFormatOf) into people and problems. */
export async function readRoster(bytes: Buffer, fileName: string, format: RosterFormat, rosterClass: string | null): Promise<ReadRoster> {
  switch (format) {
    case 'csv':
      return { ...NOTHING_ELSE, ...(await readPlainCsvRoster(bytes, fileName)) };
    case 'xlsx':
      return { ...NOTHING_ELSE, ...(await readXlsxRoster(bytes, fileName)) };
    case 'oneroster':
      return { ...NOTHING_ELSE, ...(await readOneRosterBytes(bytes, rosterClass)) };
  }
}
