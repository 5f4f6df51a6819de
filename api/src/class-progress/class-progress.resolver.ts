import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ClassProgressService } from './class-progress.service.js';
import { ClassProgressQuery, ClassProgressView } from './class-progress.types.js';

@Resolver()
export class ClassProgressResolver {
  constructor(private readonly progress: ClassProgressService) {}

  @Query(() => ClassProgressView, { description: "A class's progress: students × assigned courses, or × one course's units." })
  classProgress(
    @CurrentViewer() viewer: Viewer,
    @Args('classroomId', { type: () => ID }) classroomId: string,
    @Args('query', { type: () => ClassProgressQuery, nullable: true }) query?: ClassProgressQuery | null,
  ): Promise<ClassProgressView> {
    return this.progress.grid(viewer, classroomId, query ?? {});
  }
}
