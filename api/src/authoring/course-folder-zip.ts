import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import yazl from 'yazl';
import { CAPTION_TYPES, CourseProblems, IMAGE_TYPES, MAX_BYTES, MEDIA_TYPES, type CourseProblem } from '../course/course-loader.js';
import { PackageRefused, PackageZip, type PackageEntry } from '../scorm/import/package-zip.js';
import type { PackageStorage } from '../storage/package-storage.js';
import { draftMediaKey } from './draft-course-files.js';
import type { DraftFolder, DraftMedia } from './draft-files.types.js';

/** A course folder is small text plus media: far fewer files and bytes than a SCORM package may hold. */
const FOLDER_LIMITS = { maxEntries: 2000, maxUnpackedBytes: 2 * 1024 ** 3, maxRatio: 200 };
const MAX_TEXT_BYTES = 1024 * 1024;
// Left behind by file managers; skipped rather than refused.
const IGNORED = /(^|\/)(__MACOSX\/.*|\.DS_Store|Thumbs\.db|desktop\.ini)$/;
const TEXT_FILE = /^(course\.yaml|units\/[\w.-]+\.md)$/;

/** The size limit for a media file of this name, or null when its type is not one a course may hold. */
export function mediaLimit(path: string): number | null {
  const extension = extname(path).toLowerCase();
  if (!/^media\/[\w.-]+$/.test(path)) return null;
  if (IMAGE_TYPES[extension]) return MAX_BYTES.image;
  if (CAPTION_TYPES[extension]) return MAX_BYTES.captions;
  if (Object.values(MEDIA_TYPES).some((types) => extension in types)) return MAX_BYTES.clip;
  return null;
}

/** The folder every entry sits in when the zip holds one (`my-course/course.yaml`), so both layouts are accepted. */
function commonFolder(entries: PackageEntry[]): string {
  if (entries.some((e) => e.path === 'course.yaml')) return '';
  const first = entries[0]?.path.split('/')[0];
  return first && entries.every((e) => e.path.startsWith(`${first}/`)) ? `${first}/` : '';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readText(zip: PackageZip, entry: PackageEntry, path: string, problems: CourseProblem[]): Promise<string | null> {
  if (entry.size > MAX_TEXT_BYTES) {
    problems.push({ file: path, message: 'is larger than 1 MB; a course text file should be far smaller', severity: 'error' });
    return null;
  }
  try {
    return utf8.decode(await zip.readSmall(entry, MAX_TEXT_BYTES)).replace(/^\uFEFF/, '');
  } catch {
    problems.push({ file: path, message: 'is not UTF-8 text', severity: 'error' });
    return null;
  }
}

/** Hashes a media entry and, given storage, stores it where a draft keeps it (by hash: a file stored once). */
async function readMedia(zip: PackageZip, entry: PackageEntry, path: string, storage: PackageStorage | null): Promise<DraftMedia> {
  const hash = createHash('sha256');
  for await (const chunk of await zip.stream(entry)) hash.update(chunk as Buffer);
  const media = { hash: hash.digest('hex'), size: entry.size };
  const key = draftMediaKey(path, media);
  if (storage && (await storage.size(key)) !== media.size) await storage.write(key, await zip.stream(entry), media.size);
  return media;
}

/**
 * Reads a course folder zip into a draft's files. Every file must be one a course folder holds (course.yaml, unit
 * Markdown, media of an allowed type and size); otherwise nothing is kept and each problem names its file.
 * With `storage`, media are stored as they are read; without, only hashed (a check that keeps nothing).
 */
export async function readCourseFolderZip(zipPath: string, storage: PackageStorage | null): Promise<DraftFolder> {
  let zip: PackageZip;
  try {
    zip = await PackageZip.open(zipPath, FOLDER_LIMITS);
  } catch (error) {
    if (error instanceof PackageRefused)
      throw new CourseProblems(error.problems.map((message) => ({ file: 'zip', message, severity: 'error' })));
    throw error;
  }
  try {
    const entries = zip.entries.filter((e) => !IGNORED.test(e.path));
    const prefix = commonFolder(entries);
    const folder: DraftFolder = { files: {}, media: {} };
    const problems: CourseProblem[] = [];
    for (const entry of entries) {
      const path = entry.path.slice(prefix.length);
      const limit = mediaLimit(path);
      if (TEXT_FILE.test(path)) {
        const text = await readText(zip, entry, path, problems);
        if (text !== null) folder.files[path] = text;
      } else if (limit === null) {
        const message = 'is not part of a course folder (course.yaml, units/*.md, and images, video, audio or captions in media/)';
        problems.push({ file: path, message, severity: 'error' });
      } else if (entry.size > limit) {
        problems.push({ file: path, message: `is larger than ${limit / 1024 ** 2} MB`, severity: 'error' });
      } else if (!problems.length) {
        folder.media[path] = await readMedia(zip, entry, path, storage);
      }
    }
    if (problems.length) throw new CourseProblems(problems);
    return folder;
  } finally {
    zip.close();
  }
}

// Fixed, so that downloading the same folder twice gives the same bytes.
const ZIP_DATE = new Date(Date.UTC(2020, 0, 1));

/** A file to put in a course folder zip: its text or bytes, or a way to stream it (media). */
export interface FolderEntry {
  path: string;
  data: Buffer | (() => Promise<Readable>);
}

/** The course folder as a zip stream, under a folder named by the course id, so that it unpacks into `courses/`. */
export function courseFolderZip(courseId: string, entries: FolderEntry[]): Readable {
  const zip = new yazl.ZipFile();
  const out = new PassThrough();
  zip.outputStream.pipe(out);
  void (async () => {
    try {
      for (const entry of [...entries].sort((a, b) => a.path.localeCompare(b.path))) {
        const name = `${courseId}/${entry.path}`;
        if (Buffer.isBuffer(entry.data)) zip.addBuffer(entry.data, name, { mtime: ZIP_DATE });
        // Media are compressed already; streamed so that a video is never held in memory.
        else zip.addReadStream(await entry.data(), name, { mtime: ZIP_DATE, compress: false });
      }
      zip.end();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}
