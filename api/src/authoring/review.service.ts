import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { checkVisibleName } from '../common/visible-name.js';
import { CourseFolderRefused } from './authoring.errors.js';
import { writableDraft } from './draft-access.js';
import type { PreviewCourseView } from './draft-preview.types.js';
import { previewView } from './draft-views.js';
import { PublishService } from './publish.service.js';
import { ReviewCommentLimiter } from './review-comment-limiter.js';
import { ReviewComment } from './review-comment.entity.js';
import { ReviewLink } from './review-link.entity.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const MAX_COMMENT = 4000;

/** Review links: read the draft as a learner would and comment on it, without an account and without editing. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly publishing: PublishService,
    private readonly limiter: ReviewCommentLimiter,
  ) {}

  /** A new link for the draft; its secret is returned this once and only its hash is kept. */
  async create(viewer: Viewer, courseId: string): Promise<{ link: ReviewLink; token: string }> {
    const draft = await writableDraft(this.em, viewer, courseId);
    const token = randomBytes(20).toString('base64url');
    const link = this.em.create(ReviewLink, { draft, tokenHash: hashOf(token), createdBy: viewer.userId });
    await this.em.flush();
    return { link, token };
  }

  async revoke(viewer: Viewer, courseId: string, linkId: string): Promise<void> {
    const draft = await writableDraft(this.em, viewer, courseId);
    const link = await this.em.findOne(ReviewLink, { id: linkId, draft });
    if (!link) throw notFound('That review link');
    link.revokedAt ??= new Date();
    await this.em.flush();
  }

  async links(viewer: Viewer, courseId: string): Promise<ReviewLink[]> {
    const draft = await writableDraft(this.em, viewer, courseId);
    return this.em.find(ReviewLink, { draft }, { orderBy: { createdAt: 'desc' } });
  }

  async comments(viewer: Viewer, courseId: string): Promise<ReviewComment[]> {
    const draft = await writableDraft(this.em, viewer, courseId);
    return this.em.find(ReviewComment, { link: { draft } }, { orderBy: { createdAt: 'desc' }, limit: 500 });
  }

  /** The link's draft; a wrong or revoked secret is "not found", telling nothing. */
  private async open(token: string): Promise<ReviewLink> {
    const link = await this.em.findOne(ReviewLink, { tokenHash: hashOf(token), revokedAt: null }, { populate: ['draft'] });
    if (!link) throw notFound('That review link');
    return link;
  }

  async preview(token: string, locale: string): Promise<PreviewCourseView & { courseId: string }> {
    const link = await this.open(token);
    const { loaded, problems } = await this.publishing.check(link.draft);
    if (!loaded) throw new CourseFolderRefused(problems);
    return { ...previewView(loaded.content, locale), courseId: link.draft.courseId };
  }

  async comment(token: string, unitId: string, name: string, text: string, address: string): Promise<ReviewComment> {
    const link = await this.open(token);
    const who = checkVisibleName(name, 80);
    if (!who.ok) throw invalidInput('REVIEW_NAME', 'Please give your name (at most 80 characters).');
    const body = text.trim();
    if (!body || body.length > MAX_COMMENT) throw invalidInput('REVIEW_COMMENT', 'Please write a comment of at most 4000 characters.');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(unitId)) throw invalidInput('REVIEW_UNIT', 'Choose the unit the comment is about.');
    // Counted only once the comment is one that would be stored: a reviewer fixing a mistake is not held back.
    await this.limiter.consume(link.id, address);
    const comment = this.em.create(ReviewComment, { link, unitId, name: who.value, text: body });
    await this.em.flush();
    return comment;
  }
}
