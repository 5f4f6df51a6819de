import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { notFound } from '../common/domain-error.js';
import { CourseProblems, loadCourseFiles, type CourseProblem, type LoadedCourse } from '../course/course-loader.js';
import { publishCourse } from '../course/course-publisher.js';
import { CourseVersion } from '../course/course-version.entity.js';
import { Course } from '../course/course.entity.js';
import type { PackageStorage } from '../storage/package-storage.js';
import { PACKAGE_STORAGE } from '../storage/storage.module.js';
import { CourseFolderRefused, nothingToPublish } from './authoring.errors.js';
import { CoursePublication } from './course-publication.entity.js';
import type { CourseDraft } from './course-draft.entity.js';
import { draftCourseFiles } from './draft-course-files.js';
import { writableDraft } from './draft-access.js';
import type { DraftFolder } from './draft-files.types.js';
import { folderDiff, type FileDiff } from './folder-diff.js';

/** What the loader says of a folder: its problems (errors and warnings) and, when it loads, its content hash. */
export interface FolderCheck {
  problems: CourseProblem[];
  loaded: LoadedCourse | null;
}

/** Checking, publishing and withdrawing drafts: through the same loader and publisher as `pnpm courses:publish`. */
@Injectable()
export class PublishService {
  constructor(
    private readonly em: EntityManager,
    @Inject(PACKAGE_STORAGE) private readonly storage: PackageStorage,
  ) {}

  async check(folder: DraftFolder): Promise<FolderCheck> {
    try {
      const loaded = await loadCourseFiles(draftCourseFiles(folder, this.storage));
      return { problems: loaded.warnings, loaded };
    } catch (error) {
      if (error instanceof CourseProblems) return { problems: error.problems, loaded: null };
      throw error;
    }
  }

  /** Publishes the draft as a new immutable version, with a note of what changed; recorded with who and when. */
  async publish(viewer: Viewer, courseId: string, note: string): Promise<CoursePublication> {
    const draft = await writableDraft(this.em, viewer, courseId);
    const { loaded, problems } = await this.check(draft);
    if (!loaded) throw new CourseFolderRefused(problems);
    const outcome = await publishCourse(this.em.fork(), loaded, this.storage, draft.organisation.id);
    if (outcome.status === 'unchanged') throw nothingToPublish();
    return this.record(viewer, courseId, 'published', outcome.version, note, draft);
  }

  /** Takes the course out of the catalogue (or puts it back): learners who started finish, certificates stay valid. */
  async setWithdrawn(viewer: Viewer, courseId: string, withdrawn: boolean, note: string): Promise<CoursePublication> {
    await writableDraft(this.em, viewer, courseId);
    const course = await this.em.findOne(Course, { id: courseId });
    const latest = await this.em.findOne(CourseVersion, { course: courseId }, { orderBy: { version: 'desc' } });
    if (!course || !latest) throw notFound('A published version of that course');
    course.withdrawnAt = withdrawn ? new Date() : null;
    await this.em.flush();
    return this.record(viewer, courseId, withdrawn ? 'withdrawn' : 'restored', latest.version, note, null);
  }

  private async record(
    viewer: Viewer,
    courseId: string,
    action: CoursePublication['action'],
    version: number,
    note: string,
    folder: DraftFolder | null,
  ): Promise<CoursePublication> {
    const em = this.em.fork();
    const row = em.create(CoursePublication, {
      course: courseId,
      action,
      version,
      note: note.trim().slice(0, 2000),
      by: viewer.userId,
      files: folder?.files ?? null,
      media: folder?.media ?? null,
    });
    await em.flush();
    await em.populate(row, ['by']);
    return row;
  }

  async history(viewer: Viewer, courseId: string): Promise<CoursePublication[]> {
    await writableDraft(this.em, viewer, courseId);
    return this.em.find(CoursePublication, { course: courseId }, { populate: ['by'], orderBy: { at: 'desc' } });
  }

  /** The draft against the files of its last publish from the browser (all new when there is none). */
  async diff(viewer: Viewer, courseId: string): Promise<FileDiff[]> {
    const draft: CourseDraft = await writableDraft(this.em, viewer, courseId);
    const last = await this.em.findOne(
      CoursePublication,
      { course: courseId, action: 'published' },
      { orderBy: { at: 'desc' }, populate: ['files', 'media'] },
    );
    return folderDiff({ files: last?.files ?? {}, media: last?.media ?? {} }, draft);
  }
}
