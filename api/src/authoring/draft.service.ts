import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { Course } from '../course/course.entity.js';
import { shippedCourseDir } from '../course/course-roots.js';
import type { PackageStorage } from '../storage/package-storage.js';
import { PACKAGE_STORAGE } from '../storage/storage.module.js';
import { badDraftPath, courseIdTaken, DraftConflict, shippedCourseReadOnly } from './authoring.errors.js';
import { blankFolder, diskFolder, withCourseId } from './course-folder-sources.js';
import { CourseDraft } from './course-draft.entity.js';
import { owningOrganisation, writableDraft } from './draft-access.js';
import type { DraftFolder, DraftMedia } from './draft-files.types.js';
import { DraftRevision } from './draft-revision.entity.js';
import { storeDraftMedia } from './draft-media.js';
import type { TranslationsView } from './authoring.types.js';
import { courseLanguages, translationStates } from './translation-status.js';

const COURSE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TEXT_PATH = /^(course\.yaml|units\/[a-z0-9]+(-[a-z0-9]+)*\.[a-z]{2}(-[A-Z]{2})?\.md)$/;
const MAX_TEXT = 512 * 1024;

/** One file changed by a save: its new text, or null to remove it. */
export interface FileChange {
  path: string;
  text: string | null;
}

export interface NewCourse {
  courseId: string;
  organisationId?: string | null;
  /** Copy this course (one of the viewer's drafts, or a course shipped in courses/); otherwise start blank. */
  copyOf?: string | null;
  title?: string | null;
  sourceLocale?: string | null;
}

/** Drafts: making them, saving files with optimistic concurrency, their history, restoring. */
@Injectable()
export class DraftService {
  constructor(
    private readonly em: EntityManager,
    @Inject(PACKAGE_STORAGE) private readonly storage: PackageStorage,
  ) {}

  async create(viewer: Viewer, input: NewCourse): Promise<CourseDraft> {
    const organisationId = owningOrganisation(viewer, input.organisationId);
    if (!COURSE_ID.test(input.courseId) || input.courseId.length > 60)
      throw invalidInput('COURSE_ID', 'The id must be short, lower-case words joined by dashes, e.g. welcoming-newcomers.');
    const folder = input.copyOf
      ? withCourseId(await this.folderToCopy(viewer, input.copyOf), input.courseId)
      : blankFolder({ courseId: input.courseId, title: input.title?.trim() || input.courseId, sourceLocale: input.sourceLocale ?? 'en' });
    return this.insert(viewer, organisationId, input.courseId, folder);
  }

  /** A draft from an uploaded course folder, for the course id its course.yaml names. */
  async insert(viewer: Viewer, organisationId: string, courseId: string, folder: DraftFolder): Promise<CourseDraft> {
    return this.em.fork().transactional(async (em) => {
      const course = await em.findOne(Course, { id: courseId });
      // A course already published by this organisation (from git, or a SCORM import) may move into the browser.
      if (course && course.organisation?.id !== organisationId) throw courseIdTaken(courseId);
      if (await em.findOne(CourseDraft, { courseId })) throw courseIdTaken(courseId);
      const draft = em.create(CourseDraft, { courseId, organisation: organisationId, ...folder, updatedBy: viewer.userId });
      em.create(DraftRevision, { draft, revision: 1, author: viewer.userId, ...folder });
      await em.flush();
      return draft;
    });
  }

  private async folderToCopy(viewer: Viewer, courseId: string): Promise<DraftFolder> {
    const draft = await this.em.findOne(CourseDraft, { courseId });
    if (draft) {
      const mine = await writableDraft(this.em, viewer, courseId);
      return { files: mine.files, media: mine.media };
    }
    const dir = await shippedCourseDir(courseId);
    if (!dir) throw notFound('That course');
    return diskFolder(dir, this.storage);
  }

  async draft(viewer: Viewer, courseId: string): Promise<CourseDraft> {
    const draft = await this.em.findOne(CourseDraft, { courseId });
    if (!draft && (await shippedCourseDir(courseId))) throw shippedCourseReadOnly();
    return writableDraft(this.em, viewer, courseId);
  }

  /**
   * Saves changed files as a new revision. Refused, changing nothing, when one of the files was changed by someone
   * else since `expectedRevision` (the revision the client's text is based on); other files may have moved on.
   */
  async save(
    viewer: Viewer,
    courseId: string,
    expectedRevision: number,
    changes: FileChange[],
    media: Record<string, DraftMedia | null> = {},
  ) {
    for (const change of changes) {
      if (!TEXT_PATH.test(change.path)) throw badDraftPath(change.path);
      if (change.text !== null && change.text.length > MAX_TEXT)
        throw invalidInput('DRAFT_FILE_TOO_LARGE', `${change.path} is larger than 512 KB.`);
    }
    return this.em.fork().transactional(async (em) => {
      const draft = await writableDraft(em, viewer, courseId, true);
      if (expectedRevision !== draft.revision) await this.refuseConflicts(em, draft, expectedRevision, changes);
      const files = { ...draft.files };
      for (const change of changes) {
        if (change.text === null) delete files[change.path];
        else files[change.path] = change.text;
      }
      const nextMedia = { ...draft.media };
      for (const [path, value] of Object.entries(media)) {
        if (value === null) delete nextMedia[path];
        else nextMedia[path] = value;
      }
      return this.commit(em, viewer, draft, { files, media: nextMedia });
    });
  }

  private async refuseConflicts(em: EntityManager, draft: CourseDraft, expectedRevision: number, changes: FileChange[]) {
    const base = await em.findOne(DraftRevision, { draft, revision: expectedRevision }, { populate: ['files'] });
    if (!base) throw invalidInput('DRAFT_REVISION', 'That revision of the draft does not exist; reload the page.');
    for (const change of changes) {
      const theirs = draft.files[change.path] ?? null;
      if ((base.files[change.path] ?? null) !== theirs && theirs !== change.text)
        throw new DraftConflict(change.path, draft.revision, theirs, draft.updatedBy?.displayName ?? 'Someone');
    }
  }

  private async commit(em: EntityManager, viewer: Viewer, draft: CourseDraft, folder: DraftFolder): Promise<CourseDraft> {
    em.assign(draft, { ...folder, revision: draft.revision + 1, updatedBy: viewer.userId, updatedAt: new Date() });
    em.create(DraftRevision, { draft, revision: draft.revision, author: viewer.userId, ...folder });
    await em.flush();
    return draft;
  }

  /** Stores an uploaded media file (type and size limits as in course files) and adds it to the draft. */
  async addMedia(viewer: Viewer, courseId: string, fileName: string, body: Readable): Promise<{ draft: CourseDraft; path: string }> {
    const draft = await writableDraft(this.em, viewer, courseId);
    const { path, media } = await storeDraftMedia(this.em, this.storage, fileName, body);
    return { draft: await this.save(viewer, draft.courseId, draft.revision, [], { [path]: media }), path };
  }

  async revisions(viewer: Viewer, courseId: string): Promise<DraftRevision[]> {
    const draft = await writableDraft(this.em, viewer, courseId);
    return this.em.find(DraftRevision, { draft }, { populate: ['author'], orderBy: { revision: 'desc' }, limit: 200 });
  }

  /** Each unit's translations, marked missing or out of date since the source changed, with each language's completeness. */
  async translations(viewer: Viewer, courseId: string): Promise<TranslationsView> {
    const draft = await writableDraft(this.em, viewer, courseId);
    const history = await this.em.find(DraftRevision, { draft }, { populate: ['files'], orderBy: { revision: 'asc' }, limit: 1000 });
    const units = translationStates(draft, history);
    const { sourceLocale, locales } = courseLanguages(draft);
    const completeness = locales
      .filter((l) => l !== sourceLocale)
      .map((locale) => {
        const mine = units.filter((u) => u.locale === locale);
        return { locale, current: mine.filter((u) => u.state === 'current').length, total: mine.length };
      });
    return { sourceLocale, locales: completeness, units };
  }

  /** Makes an earlier revision's files the draft's again, as a new revision (nothing in the history is lost). */
  async restore(viewer: Viewer, courseId: string, revision: number): Promise<CourseDraft> {
    return this.em.fork().transactional(async (em) => {
      const draft = await writableDraft(em, viewer, courseId, true);
      const old = await em.findOne(DraftRevision, { draft, revision }, { populate: ['files', 'media'] });
      if (!old) throw notFound('That revision');
      return this.commit(em, viewer, draft, { files: old.files, media: old.media });
    });
  }
}
