import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';

/** A binary file of a course folder (media/…), known by size and SHA-256 without holding its bytes. */
export interface MediaFileInfo {
  size: number;
  hash: string;
}

/**
 * A course folder, wherever its files are: on disk (`courses/<id>/`) or in the database (a draft written in the
 * browser). The loader reads only through this, so both are checked and published by the same code.
 * Paths are relative to the folder, with forward slashes (`course.yaml`, `units/intro.en.md`, `media/photo.jpg`).
 */
export interface CourseFiles {
  /** How the folder's files are named in problems: `courses/intro/units/a.en.md` on disk, `units/a.en.md` in a draft. */
  display(path: string): string;
  /** A text file, or null when there is none. */
  text(path: string): Promise<string | null>;
  /** A media file's size and hash, or null when there is none. */
  media(path: string): Promise<MediaFileInfo | null>;
  /** The media file's bytes, for publishing (a 200 MB video is streamed, never held). */
  open(path: string): Promise<Readable>;
}

const MB = 1024 * 1024;

/** The file's SHA-256, read a megabyte at a time rather than whole. */
function sha256Of(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(MB);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** A course folder on disk, named in problems relative to the working directory (as `pnpm courses:check` prints). */
export function diskCourseFiles(dir: string): CourseFiles {
  return {
    display: (path) => join(relative(process.cwd(), dir), path),
    text: (path) => readFile(join(dir, path), 'utf8').catch(() => null),
    media: (path) => {
      const full = join(dir, path);
      try {
        const info = statSync(full);
        return Promise.resolve(info.isFile() ? { size: info.size, hash: sha256Of(full) } : null);
      } catch {
        return Promise.resolve(null);
      }
    },
    open: (path) => Promise.resolve(createReadStream(join(dir, path))),
  };
}
