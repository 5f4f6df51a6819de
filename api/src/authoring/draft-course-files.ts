import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { CourseFiles } from '../course/course-files.js';
import { courseMediaKey } from '../course/course-media-store.js';
import type { PackageStorage } from '../storage/package-storage.js';
import type { DraftFolder, DraftMedia } from './draft-files.types.js';

/** Where a draft's media file is kept: the very object the publisher would store it as, so publishing copies nothing. */
export function draftMediaKey(path: string, media: DraftMedia): string {
  return courseMediaKey(`${media.hash}${extname(path).toLowerCase()}`);
}

/** A draft's folder as the loader reads it: text from the database, media from storage. Problems name folder paths. */
export function draftCourseFiles(folder: DraftFolder, storage: PackageStorage): CourseFiles {
  return {
    display: (path) => path,
    text: (path) => Promise.resolve(Object.hasOwn(folder.files, path) ? folder.files[path]! : null),
    media: (path) => Promise.resolve(folder.media[path] ?? null),
    open: async (path) => {
      const media = folder.media[path];
      const stream: Readable | null = media ? await storage.read(draftMediaKey(path, media)) : null;
      if (!stream) throw new Error(`media file ${path} is not in storage`);
      return stream;
    },
  };
}
