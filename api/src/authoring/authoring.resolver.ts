import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { AuthoringCoursesService } from './authoring-courses.service.js';
import {
  AuthoringCourseView,
  DraftRevisionView,
  DraftView,
  FileChangeInput,
  FileDiffView,
  NewCourseInput,
  PublicationView,
  TranslationsView,
} from './authoring.types.js';
import { PreviewCourseView } from './draft-preview.types.js';
import { DraftService } from './draft.service.js';
import { DraftViewService } from './draft-view.service.js';
import { PublishService } from './publish.service.js';
import type { CoursePublication } from './course-publication.entity.js';

function publicationView(row: CoursePublication): PublicationView {
  return { action: row.action, version: row.version, note: row.note, by: row.by?.displayName ?? null, at: row.at };
}

/** Trainers writing courses in the browser. Each call checks the viewer against the draft's organisation. */
@Resolver()
export class AuthoringResolver {
  constructor(
    private readonly courses: AuthoringCoursesService,
    private readonly drafts: DraftService,
    private readonly views: DraftViewService,
    private readonly publishing: PublishService,
  ) {}

  @Query(() => [AuthoringCourseView], { description: 'Your organisations’ courses in the browser, and the platform’s own (read-only).' })
  authoringCourses(@CurrentViewer() viewer: Viewer): Promise<AuthoringCourseView[]> {
    return this.courses.list(viewer);
  }

  @Query(() => DraftView)
  async courseDraft(@CurrentViewer() viewer: Viewer, @Args('courseId', { type: () => ID }) courseId: string): Promise<DraftView> {
    return this.views.view(await this.drafts.draft(viewer, courseId));
  }

  @Query(() => PreviewCourseView, { description: 'The draft as a learner would see it; no enrolment, nothing recorded.' })
  draftPreview(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('locale') locale: string,
  ): Promise<PreviewCourseView> {
    return this.views.preview(viewer, courseId, locale);
  }

  @Query(() => [DraftRevisionView])
  async draftRevisions(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
  ): Promise<DraftRevisionView[]> {
    return (await this.drafts.revisions(viewer, courseId)).map((r) => ({
      revision: r.revision,
      author: r.author?.displayName ?? null,
      createdAt: r.createdAt,
    }));
  }

  @Query(() => TranslationsView, { description: 'Each unit’s translations, with what is missing or out of date since the source changed.' })
  draftTranslations(@CurrentViewer() viewer: Viewer, @Args('courseId', { type: () => ID }) courseId: string): Promise<TranslationsView> {
    return this.drafts.translations(viewer, courseId);
  }

  @Query(() => [FileDiffView], { description: 'What publishing would change, file by file, against the last version published here.' })
  draftDiff(@CurrentViewer() viewer: Viewer, @Args('courseId', { type: () => ID }) courseId: string): Promise<FileDiffView[]> {
    return this.publishing.diff(viewer, courseId);
  }

  @Query(() => [PublicationView])
  async coursePublications(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
  ): Promise<PublicationView[]> {
    return (await this.publishing.history(viewer, courseId)).map(publicationView);
  }

  @Mutation(() => DraftView, { description: 'A new course: blank, or a copy of one you may read.' })
  async createCourseDraft(@CurrentViewer() viewer: Viewer, @Args('input') input: NewCourseInput): Promise<DraftView> {
    return this.views.view(await this.drafts.create(viewer, input));
  }

  @Mutation(() => DraftView, {
    description: 'Saves files as a new revision; refused (DRAFT_CONFLICT) when another save changed one of them.',
  })
  async saveDraftFiles(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('changes', { type: () => [FileChangeInput] }) changes: FileChangeInput[],
  ): Promise<DraftView> {
    return this.views.view(await this.drafts.save(viewer, courseId, expectedRevision, changes));
  }

  @Mutation(() => DraftView, { description: 'Makes an earlier revision current again, as a new revision.' })
  async restoreDraftRevision(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
  ): Promise<DraftView> {
    return this.views.view(await this.drafts.restore(viewer, courseId, revision));
  }

  @Mutation(() => PublicationView, {
    description: 'Publishes the draft as a new immutable version, through the same publisher as courses/.',
  })
  async publishCourseDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('note') note: string,
  ): Promise<PublicationView> {
    return publicationView(await this.publishing.publish(viewer, courseId, note));
  }

  @Mutation(() => PublicationView, { description: 'Takes the course out of the catalogue (withdrawn: true) or puts it back.' })
  async setCourseWithdrawn(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('withdrawn') withdrawn: boolean,
    @Args('note', { defaultValue: '' }) note: string,
  ): Promise<PublicationView> {
    return publicationView(await this.publishing.setWithdrawn(viewer, courseId, withdrawn, note));
  }
}
