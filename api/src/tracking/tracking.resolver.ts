import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { TrackingService } from './tracking.service.js';
import { AttemptView } from './tracking.types.js';

@Resolver()
export class TrackingResolver {
  constructor(private readonly tracking: TrackingService) {}

  @Query(() => AttemptView)
  attempt(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AttemptView> {
    return this.tracking.attempt(viewer, id);
  }
}
