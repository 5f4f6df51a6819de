import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { HttpContext } from '../auth/request-of.js';
import type { Viewer } from '../auth/viewer.js';
import { OrganisationPeopleService } from './organisation-people.service.js';
import { OrganisationMemberView } from './organisation-people.types.js';

@Resolver()
export class OrganisationPeopleResolver {
  constructor(private readonly people: OrganisationPeopleService) {}

  @Query(() => [OrganisationMemberView], { description: "An organisation's members (its partner admins, and platform admins)." })
  organisationMembers(@CurrentViewer() viewer: Viewer, @Args('organisationId', { type: () => ID }) organisationId: string) {
    return this.people.members(viewer, organisationId);
  }

  @Mutation(() => OrganisationMemberView, { description: 'The member can no longer log in; their sessions end at once; records are kept.' })
  deactivateMember(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: HttpContext,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.people.deactivate(viewer, ctx.req.ip ?? 'unknown', organisationId, userId);
  }
}
