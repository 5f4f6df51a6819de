import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Public } from '../auth/public.decorator.js';
import type { HttpContext } from '../auth/request-of.js';
import type { Viewer } from '../auth/viewer.js';
import { ReviewService } from './review.service.js';
import { NewReviewLinkView, ReviewCommentView, ReviewLinkView, ReviewView } from './review.types.js';

/** Review links: trainers make and revoke them; anyone holding one reads the draft and comments. */
@Resolver()
export class ReviewResolver {
  constructor(private readonly reviews: ReviewService) {}

  @Mutation(() => NewReviewLinkView, { description: 'A link to share with a colleague who may read and comment, not edit.' })
  async createReviewLink(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
  ): Promise<NewReviewLinkView> {
    const { link, token } = await this.reviews.create(viewer, courseId);
    return { id: link.id, token };
  }

  @Mutation(() => Boolean)
  async revokeReviewLink(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.reviews.revoke(viewer, courseId, id);
    return true;
  }

  @Query(() => [ReviewLinkView])
  async reviewLinks(@CurrentViewer() viewer: Viewer, @Args('courseId', { type: () => ID }) courseId: string): Promise<ReviewLinkView[]> {
    return (await this.reviews.links(viewer, courseId)).map((l) => ({ id: l.id, createdAt: l.createdAt, revoked: !!l.revokedAt }));
  }

  @Query(() => [ReviewCommentView])
  async reviewComments(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
  ): Promise<ReviewCommentView[]> {
    return (await this.reviews.comments(viewer, courseId)).map(({ unitId, name, text, createdAt }) => ({ unitId, name, text, createdAt }));
  }

  @Public()
  @Query(() => ReviewView, { description: 'The draft behind a review link, as a learner would see it; nothing is recorded.' })
  review(@Args('token') token: string, @Args('locale') locale: string): Promise<ReviewView> {
    return this.reviews.preview(token, locale);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'A reviewer’s comment on one unit, under the name they give.' })
  async addReviewComment(
    @Context() ctx: HttpContext,
    @Args('token') token: string,
    @Args('unitId') unitId: string,
    @Args('name') name: string,
    @Args('text') text: string,
  ): Promise<boolean> {
    await this.reviews.comment(token, unitId, name, text, ctx.req.ip ?? 'unknown');
    return true;
  }
}
