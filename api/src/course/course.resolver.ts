import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/public.decorator.js';
import { CourseService } from './course.service.js';
import { CourseDetailView, CourseSummaryView } from './course.types.js';

@Resolver()
export class CourseResolver {
  constructor(private readonly courses: CourseService) {}

  @Public()
  @Query(() => [CourseSummaryView], { description: 'Every published course, newest version.' })
  catalogue(@Args('locale', { defaultValue: 'en' }) locale: string): Promise<CourseSummaryView[]> {
    return this.courses.catalogue(locale);
  }

  @Public()
  @Query(() => CourseDetailView)
  course(@Args('id', { type: () => ID }) id: string, @Args('locale', { defaultValue: 'en' }) locale: string): Promise<CourseDetailView> {
    return this.courses.detail(id, locale);
  }
}
