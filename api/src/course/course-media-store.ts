import { createHash, type Hash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PackageStorage } from '../storage/package-storage.js';
import type { CourseAsset as LoadedAsset } from './course-loader.js';

/** Course media bytes live in the same storage as SCORM packages, one object per file, named as lessons link to it. */
export function courseMediaKey(fileName: string): string {
  return `course-media/${fileName}`;
}

/**
 * Streams a course's media file into storage, unless an object of the same name and size is already there (names are
 * content hashes, so it holds the same bytes). Called before the asset's row is written: a row never names bytes that
 * are not stored, and a failed publish leaves at most an unused object that the next publish reuses.
 */
export async function storeCourseMedia(storage: PackageStorage, asset: LoadedAsset): Promise<void> {
  const key = courseMediaKey(asset.fileName);
  if ((await storage.size(key)) === asset.size) return;
  const written = await storage.write(key, await asset.open());
  if (written !== asset.size) throw new Error(`${asset.fileName} changed while it was being published`);
}

/** The whole file, for the rare reader that needs it in memory (the SCORM export zip); null when there is none. */
export async function readCourseMedia(storage: PackageStorage, fileName: string): Promise<Buffer | null> {
  const stream = await storage.read(courseMediaKey(fileName));
  return stream ? buffer(stream) : null;
}

/** How much of a legacy row's bytea is read from PostgreSQL at a time while it is copied to storage. */
const LEGACY_CHUNK_BYTES = 8 * 1024 ** 2;

/**
 * Before media moved to storage, its bytes sat in `course_asset.bytes`. This copies every row that still has them into
 * storage and then clears them, one row at a time, so it can be stopped and run again at any point (the migrate
 * command runs it between the migration that makes the column nullable and the one that drops it). Each copy is read in
 * slices with `substring`, so a 200 MB video is never in memory, and is checked against the SHA-256 in its name
 * before the database copy is cleared. Returns how many files were moved.
 */
export async function moveLegacyMediaBytes(em: EntityManager, storage: PackageStorage): Promise<number> {
  const connection = em.getConnection();
  const column = await connection.execute<{ n: number }[]>(
    `select 1 as n from information_schema.columns where table_schema = current_schema() and table_name = 'course_asset' and column_name = 'bytes'`,
  );
  if (!column.length) return 0;
  const rows = await connection.execute<{ file_name: string; size: string }[]>(
    `select file_name, octet_length(bytes) as size from course_asset where bytes is not null order by file_name`,
  );
  for (const row of rows) {
    const size = Number(row.size);
    const hash = createHash('sha256');
    const stored = await storage.write(courseMediaKey(row.file_name), legacySlices(em, row.file_name, size, hash));
    const expected = row.file_name.split('.')[0];
    if (stored !== size || hash.digest('hex') !== expected) {
      await storage.remove(courseMediaKey(row.file_name));
      throw new Error(`course media ${row.file_name}: the bytes in the database do not match its name; left in the database`);
    }
    await connection.execute(`update course_asset set bytes = null where file_name = ?`, [row.file_name]);
  }
  return rows.length;
}

/** The row's bytes, a slice at a time, each also fed to `hash`. */
function legacySlices(em: EntityManager, fileName: string, size: number, hash: Hash): Readable {
  const connection = em.getConnection();
  async function* slices(): AsyncGenerator<Buffer> {
    for (let at = 0; at < size; at += LEGACY_CHUNK_BYTES) {
      const [slice] = await connection.execute<{ part: Buffer }[]>(
        `select substring(bytes from ? for ?) as part from course_asset where file_name = ?`,
        [at + 1, LEGACY_CHUNK_BYTES, fileName],
      );
      if (!slice) throw new Error(`course media ${fileName} disappeared while it was being moved`);
      hash.update(slice.part);
      yield slice.part;
    }
  }
  return Readable.from(slices(), { objectMode: false });
}
