import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOneRosterZip, type ParsedOneRoster } from './oneroster-roster.js';
import { readPlainCsvRoster } from './plain-csv-roster.js';
import type { RosterFormat } from './roster-import.entity.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A zip (by its first bytes, whatever its name) is read as OneRoster; anything else as a plain CSV. */
export function formatOf(bytes: Buffer): RosterFormat {
  return bytes.subarray(0, 4).equals(ZIP_MAGIC) ? 'oneroster' : 'csv';
}

/** Reads an uploaded roster in either format into people and problems. */
export async function readRoster(
  bytes: Buffer,
  fileName: string,
  format: RosterFormat,
  rosterClass: string | null,
): Promise<ParsedOneRoster> {
  if (format === 'csv') return { ...(await readPlainCsvRoster(bytes, fileName)), classes: [], chosenClass: null };
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
