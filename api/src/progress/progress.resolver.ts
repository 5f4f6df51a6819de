import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CommitInput, CommitResult, UnitLaunch } from '../tracking/tracking.types.js';
import { LaunchService } from './launch.service.js';
import { NavigationResult } from './sequencing/navigation.types.js';
import { ProgressService } from './progress.service.js';

@Resolver()
export class ProgressResolver {
  constructor(
    private readonly launches: LaunchService,
    private readonly progress: ProgressService,
  ) {}

  @Mutation(() => UnitLaunch, { description: "Opens the viewer's attempt at a unit (creating it on first launch) and returns the unit." })
  launchUnit(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('locale', { defaultValue: 'en' }) locale: string,
  ): Promise<UnitLaunch> {
    return this.launches.launch(viewer, enrolmentId, unitId, locale);
  }

  @Mutation(() => NavigationResult, {
    description:
      'A SCORM 2004 navigation request (continue, previous, choice, jump, exitAll, suspendAll, or verbatim as a SCO wrote it to adl.nav.request, e.g. {target=ITEM}jump), decided by the course’s sequencing.',
  })
  navigateCourse(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('request') request: string,
    @Args('targetUnitId', { type: () => ID, nullable: true }) targetUnitId: string | null,
  ): Promise<NavigationResult> {
    return this.launches.navigate(viewer, enrolmentId, request, targetUnitId ?? null);
  }

  @Mutation(() => CommitResult, {
    description: "Writes CMI values to an attempt, once per commit number; only the elements the unit's kind lets a client write.",
  })
  commitAttempt(@CurrentViewer() viewer: Viewer, @Args('input') input: CommitInput): Promise<CommitResult> {
    return this.progress.commit(viewer, input);
  }
}
