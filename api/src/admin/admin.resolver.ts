import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RoleEnum } from '../account/account.types.js';
import type { Role } from '../account/role.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { HttpContext } from '../auth/request-of.js';
import type { Viewer } from '../auth/viewer.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { EntityManager } from '@mikro-orm/postgresql';
import { AddMembershipInput, AdminOrganisationView, AdminPersonView, AuditEntryView } from './admin.types.js';
import { AdminService, type AdminCaller } from './admin.service.js';

const callerOf = (viewer: Viewer, ctx: HttpContext): AdminCaller => ({ viewer, address: ctx.req.ip ?? 'unknown' });

/** Platform administration: organisations, people, the audit log. AdminService checks the caller first. */
@Resolver()
export class AdminResolver {
  constructor(
    private readonly admin: AdminService,
    private readonly audit: AuditLogService,
    private readonly em: EntityManager,
  ) {}

  @Query(() => [AdminOrganisationView])
  adminOrganisations(@CurrentViewer() viewer: Viewer): Promise<AdminOrganisationView[]> {
    return this.admin.organisations(viewer);
  }

  @Query(() => [AdminPersonView], { description: 'People whose name or e-mail contains the text (at most 50).' })
  adminPeople(@CurrentViewer() viewer: Viewer, @Args('search') search: string): Promise<AdminPersonView[]> {
    return this.admin.people(viewer, search);
  }

  @Query(() => AdminPersonView)
  adminPerson(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AdminPersonView> {
    return this.admin.person(viewer, id);
  }

  @Query(() => [AuditEntryView], { description: 'The audit log, newest first, 50 at a time (before: the last time shown).' })
  async auditLog(
    @CurrentViewer() viewer: Viewer,
    @Args('before', { type: () => Date, nullable: true }) before?: Date,
    @Args('targetId', { type: () => ID, nullable: true }) targetId?: string,
  ): Promise<AuditEntryView[]> {
    this.admin.assertAdmin(viewer);
    const entries = await this.audit.page(this.em.fork(), before ?? undefined, targetId ?? undefined);
    return entries.map((e) => ({ ...e, details: JSON.stringify(e.details) }));
  }

  @Mutation(() => AdminOrganisationView)
  async createOrganisation(@CurrentViewer() viewer: Viewer, @Context() ctx: HttpContext, @Args('name') name: string) {
    const organisation = await this.admin.createOrganisation(callerOf(viewer, ctx), name);
    return { ...organisation, memberCount: 0 };
  }

  @Mutation(() => AdminOrganisationView)
  async renameOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: HttpContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('name') name: string,
  ) {
    const organisation = await this.admin.renameOrganisation(callerOf(viewer, ctx), id, name);
    return { ...organisation, memberCount: 0 };
  }

  @Mutation(() => AdminPersonView)
  async changeMembershipRole(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: HttpContext,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
  ): Promise<AdminPersonView> {
    return this.admin.personView(await this.admin.changeRole(callerOf(viewer, ctx), membershipId, role));
  }

  @Mutation(() => AdminPersonView)
  async addMembership(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: HttpContext,
    @Args('input') input: AddMembershipInput,
  ): Promise<AdminPersonView> {
    return this.admin.personView(await this.admin.addMembership(callerOf(viewer, ctx), input.userId, input.organisationId, input.role));
  }

  @Mutation(() => AdminPersonView, { description: 'The person can no longer log in; their open sessions stop working at once.' })
  async deactivatePerson(@CurrentViewer() viewer: Viewer, @Context() ctx: HttpContext, @Args('id', { type: () => ID }) id: string) {
    return this.admin.personView(await this.admin.deactivate(callerOf(viewer, ctx), id));
  }

  @Mutation(() => AdminPersonView)
  async reactivatePerson(@CurrentViewer() viewer: Viewer, @Context() ctx: HttpContext, @Args('id', { type: () => ID }) id: string) {
    return this.admin.personView(await this.admin.reactivate(callerOf(viewer, ctx), id));
  }

  @Mutation(() => AdminPersonView, { description: 'Removes the authenticator and recovery codes (lost phone) and ends their sessions.' })
  async resetSecondFactor(@CurrentViewer() viewer: Viewer, @Context() ctx: HttpContext, @Args('id', { type: () => ID }) id: string) {
    return this.admin.personView(await this.admin.resetSecondFactor(callerOf(viewer, ctx), id));
  }
}
