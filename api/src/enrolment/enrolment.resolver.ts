import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { EnrolmentService } from './enrolment.service.js';
import { EnrolmentView } from './enrolment.types.js';

@Resolver()
export class EnrolmentResolver {
  constructor(private readonly enrolments: EnrolmentService) {}

  @Query(() => [EnrolmentView])
  myEnrolments(@CurrentViewer() viewer: Viewer, @Args('locale', { defaultValue: 'en' }) locale: string): Promise<EnrolmentView[]> {
    return this.enrolments.mine(viewer, locale);
  }

  @Query(() => EnrolmentView)
  enrolment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('locale', { defaultValue: 'en' }) locale: string,
  ): Promise<EnrolmentView> {
    return this.enrolments.view(viewer, id, locale);
  }

  @Mutation(() => EnrolmentView)
  enrol(
    @CurrentViewer() viewer: Viewer,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('locale', { defaultValue: 'en' }) locale: string,
  ): Promise<EnrolmentView> {
    return this.enrolments.enrol(viewer, courseId, locale);
  }
}
