import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { CourseVersion } from '../course/course-version.entity.js';
import { Course } from '../course/course.entity.js';
import { CourseFolderRefused } from './authoring.errors.js';
import type { DraftView } from './authoring.types.js';
import type { PreviewCourseView } from './draft-preview.types.js';
import type { CourseDraft } from './course-draft.entity.js';
import { writableDraft } from './draft-access.js';
import { draftView, previewView } from './draft-views.js';
import { PublishService } from './publish.service.js';

/** Drafts as the editor and the preview see them: checked by the loader on every read. */
@Injectable()
export class DraftViewService {
  constructor(
    private readonly em: EntityManager,
    private readonly publishing: PublishService,
  ) {}

  async view(draft: CourseDraft): Promise<DraftView> {
    await this.em.populate(draft, ['organisation', 'updatedBy']);
    const [check, course, latest] = await Promise.all([
      this.publishing.check(draft),
      this.em.findOne(Course, { id: draft.courseId }),
      this.em.findOne(CourseVersion, { course: draft.courseId }, { orderBy: { version: 'desc' }, fields: ['version'] }),
    ]);
    return draftView(draft, check, { version: latest?.version ?? null, withdrawn: !!course?.withdrawnAt });
  }

  /** The draft rendered for a learner's eyes; a draft with errors cannot be shown, and says why. */
  async preview(viewer: Viewer, courseId: string, locale: string): Promise<PreviewCourseView> {
    const draft = await writableDraft(this.em, viewer, courseId);
    const { loaded, problems } = await this.publishing.check(draft);
    if (!loaded) throw new CourseFolderRefused(problems);
    return previewView(loaded.content, locale);
  }
}
