import { DomainError, invalidInput } from '../common/domain-error.js';
import type { CourseProblem } from '../course/course-loader.js';

/** Someone saved the same file since the revision this save was based on: nothing is overwritten. */
export class DraftConflict extends DomainError {
  constructor(path: string, revision: number, theirText: string | null, by: string) {
    super('BAD_USER_INPUT', `${by} changed ${path} since you opened it. Your text was not saved; compare both and keep what you need.`, {
      reason: 'DRAFT_CONFLICT',
      path,
      revision,
      theirText,
      by,
    });
  }
}

/** A course folder with errors (a zip, or a draft being published): every problem with its file and line. */
export class CourseFolderRefused extends DomainError {
  constructor(problems: CourseProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super('BAD_USER_INPUT', `The course has ${errors.length} problem(s); nothing was published.`, {
      reason: 'COURSE_FOLDER_PROBLEMS',
      count: errors.length,
      problems,
    });
  }
}

export const courseIdTaken = (courseId: string) =>
  invalidInput('COURSE_ID_TAKEN', `A course with the id "${courseId}" already exists; choose another id.`, { courseId });

export const shippedCourseReadOnly = () =>
  new DomainError('FORBIDDEN', 'This course is one of the platform’s own and is edited in its files; make a copy to edit it.', {
    reason: 'SHIPPED_COURSE_READ_ONLY',
  });

export const chooseOrganisation = () =>
  invalidInput('AUTHORING_ORGANISATION', 'Choose the organisation the course belongs to (one where you are a trainer).');

export const badDraftPath = (path: string) =>
  invalidInput('DRAFT_PATH', `"${path}" is not a file of a course folder (course.yaml or units/<id>.<language>.md).`, { path });

export const mediaOfWrongType = (fileName: string, allowed: string) =>
  invalidInput('MEDIA_TYPE', `${fileName}: only ${allowed} files can be used (SVG and others can carry scripts).`, { fileName, allowed });

export const mediaTooLarge = (fileName: string, maxMegabytes: number) =>
  invalidInput('MEDIA_TOO_LARGE', `${fileName}: is larger than ${maxMegabytes} MB, the most a course file of this type may be.`, {
    fileName,
    max: maxMegabytes,
  });

export const nothingToPublish = () => invalidInput('NOTHING_TO_PUBLISH', 'The draft is the same as the published version.');
