import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { RosterImportService } from './roster-import.service.js';
import { RosterApplyResult, RosterPreviewView } from './roster-import.types.js';

/** The roster's dry run and its application (the file itself is uploaded over REST: roster.controller.ts). */
@Resolver()
export class RosterResolver {
  constructor(private readonly rosters: RosterImportService) {}

  @Query(() => RosterPreviewView, {
    description: 'An uploaded roster and what importing it would do, line by line (a class teacher only).',
  })
  rosterImport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<RosterPreviewView> {
    return this.rosters.preview(viewer, id);
  }

  @Mutation(() => RosterPreviewView, {
    description: 'Chooses which class of a OneRoster file to import, and answers with the new dry run.',
  })
  chooseRosterClass(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('sourcedId') sourcedId: string,
  ): Promise<RosterPreviewView> {
    return this.rosters.chooseClass(viewer, id, sourcedId);
  }

  @Mutation(() => RosterApplyResult, { description: 'Applies the roster in one transaction; a file with any problem applies nothing.' })
  applyRosterImport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<RosterApplyResult> {
    return this.rosters.apply(viewer, id);
  }
}
