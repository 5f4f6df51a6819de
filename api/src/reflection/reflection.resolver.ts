import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { UnitLaunch } from '../tracking/tracking.types.js';
import { ReflectionService } from './reflection.service.js';
import { ReflectionView, SaveReflectionInput, SaveReflectionResult } from './reflection.types.js';

@Resolver(() => UnitLaunch)
export class ReflectionResolver {
  constructor(private readonly reflections: ReflectionService) {}

  @Mutation(() => SaveReflectionResult, { description: 'Saves what the learner wrote for a reflection unit (private unless shared).' })
  saveReflection(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveReflectionInput): Promise<SaveReflectionResult> {
    return this.reflections.save(viewer, input);
  }

  @ResolveField(() => ReflectionView, { nullable: true, description: "The learner's own reflection, for a reflection unit." })
  reflection(@Parent() launch: UnitLaunch, @CurrentViewer() viewer: Viewer): Promise<ReflectionView | null> | null {
    return launch.unit.type === 'reflection' ? this.reflections.own(viewer, launch.attempt.id) : null;
  }
}
