import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { TrackingService } from './tracking.service.js';
import { AttemptView, CommitInput, CommitResult, UnitLaunch } from './tracking.types.js';

@Resolver()
export class TrackingResolver {
  constructor(private readonly tracking: TrackingService) {}

  @Mutation(() => UnitLaunch, { description: "Opens the viewer's attempt at a unit (creating it on first launch) and returns the unit." })
  launchUnit(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('locale', { defaultValue: 'en' }) locale: string,
  ): Promise<UnitLaunch> {
    return this.tracking.launch(viewer, enrolmentId, unitId, locale);
  }

  @Query(() => AttemptView)
  attempt(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AttemptView> {
    return this.tracking.attempt(viewer, id);
  }

  @Mutation(() => CommitResult, { description: 'Writes CMI values to an attempt, once per commit number.' })
  commitAttempt(@CurrentViewer() viewer: Viewer, @Args('input') input: CommitInput): Promise<CommitResult> {
    return this.tracking.commit(viewer, input);
  }
}
