import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from '../config/env.js';
import { listCourseDirs } from './course-loader.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The folders holding courses: COURSES_DIR (several may be joined with the path delimiter) or courses/. */
export function courseRoots(): string[] {
  const configured = loadEnv().COURSES_DIR;
  return configured ? configured.split(delimiter).map((dir) => resolve(dir)) : [join(here, '..', '..', '..', 'courses')];
}

export async function courseDirs(): Promise<string[]> {
  return (await Promise.all(courseRoots().map(listCourseDirs))).flat();
}

/** The folder of a course shipped as files (the folder's name is the course's id), or null. */
export async function shippedCourseDir(courseId: string): Promise<string | null> {
  return (await courseDirs()).find((dir) => basename(dir) === courseId) ?? null;
}
