import { ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CourseDetailView } from '../course/course.types.js';
import { EnrolmentService } from './enrolment.service.js';

@Resolver(() => CourseDetailView)
export class CourseEnrolmentResolver {
  constructor(private readonly enrolments: EnrolmentService) {}

  @ResolveField(() => ID, { nullable: true, description: "The viewer's enrolment in this course, if any." })
  async enrolmentId(@Parent() course: CourseDetailView, @OptionalViewer() viewer: Viewer | null): Promise<string | null> {
    if (!viewer) return null;
    return (await this.enrolments.findForCourse(viewer, course.id))?.id ?? null;
  }
}
