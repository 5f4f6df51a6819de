import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { diskCourseFiles } from '../course/course-files.js';
import type { PackageStorage } from '../storage/package-storage.js';
import { mediaLimit } from './course-folder-zip.js';
import { draftMediaKey } from './draft-course-files.js';
import type { DraftFolder } from './draft-files.types.js';

/** What a trainer names when starting a course from nothing. */
export interface BlankCourse {
  courseId: string;
  title: string;
  sourceLocale: string;
}

/** A course with one module and one short lesson: the smallest folder `pnpm courses:check` accepts. */
export function blankFolder({ courseId, title, sourceLocale }: BlankCourse): DraftFolder {
  const course = {
    id: courseId,
    sourceLocale,
    locales: [sourceLocale],
    title: { [sourceLocale]: title },
    description: { [sourceLocale]: title },
    estimatedMinutes: 10,
    modules: [{ id: 'module-1', title: { [sourceLocale]: title }, units: ['welcome'] }],
  };
  const lesson = `---\ntype: lesson\ntitle: ${JSON.stringify(title)}\n---\n\n## ${title}\n`;
  return { files: { 'course.yaml': stringify(course), [`units/welcome.${sourceLocale}.md`]: lesson }, media: {} };
}

/** The same folder under another course id (a copy): only course.yaml's `id` changes, comments and layout kept. */
export function withCourseId(folder: DraftFolder, courseId: string): DraftFolder {
  const course = parseDocument(folder.files['course.yaml'] ?? '{}');
  course.set('id', courseId);
  return { files: { ...folder.files, 'course.yaml': course.toString() }, media: { ...folder.media } };
}

/** The files of a course folder on disk, by folder path. */
export async function folderPaths(dir: string): Promise<string[]> {
  const paths = ['course.yaml'];
  for (const sub of ['units', 'media']) {
    const names = await readdir(join(dir, sub)).catch(() => [] as string[]);
    paths.push(...names.filter((name) => !name.startsWith('.')).map((name) => `${sub}/${name}`));
  }
  return paths.sort();
}

/** A course folder from `courses/` as a draft's files; its media are stored where drafts keep them (once, by hash). */
export async function diskFolder(dir: string, storage: PackageStorage): Promise<DraftFolder> {
  const files = diskCourseFiles(dir);
  const folder: DraftFolder = { files: {}, media: {} };
  for (const path of await folderPaths(dir)) {
    if (path.startsWith('media/') && mediaLimit(path) !== null) {
      const media = await files.media(path);
      if (!media) continue;
      const key = draftMediaKey(path, media);
      if ((await storage.size(key)) !== media.size) await storage.write(key, createReadStream(join(dir, path)));
      folder.media[path] = media;
    } else if (!path.startsWith('media/')) {
      folder.files[path] = await readFile(join(dir, path), 'utf8');
    }
  }
  return folder;
}
