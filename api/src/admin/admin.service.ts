import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isPlatformAdmin } from '../access/permissions.js';
import { Membership } from '../account/membership.entity.js';
import { Organisation } from '../account/organisation.entity.js';
import type { Role } from '../account/role.js';
import { User } from '../account/user.entity.js';
import { AuditLogService, type AuditedAction } from '../audit/audit-log.service.js';
import { SessionService } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { forbidden, notFound } from '../common/domain-error.js';
import { isUuid } from '../common/uuid.js';
import { checkVisibleName } from '../common/visible-name.js';
import { SecondFactorService } from '../mfa/second-factor.service.js';
import { notYourself, organisationNameInvalid } from './admin.errors.js';

/** Who asks, and from where: every admin action is recorded with both. */
export interface AdminCaller {
  viewer: Viewer;
  address: string;
}

const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'organisation';

/** The platform admin's work on organisations and people; each change and its audit entry commit together. */
@Injectable()
export class AdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLogService,
    private readonly secondFactor: SecondFactorService,
    private readonly sessions: SessionService,
  ) {}

  /** Every method starts here: only platform admins (in a session that gave a second factor) get further. */
  assertAdmin(viewer: Viewer): void {
    if (!isPlatformAdmin(viewer)) throw forbidden();
  }

  /** Runs a change and its audit entry in one transaction. */
  private change<T>(caller: AdminCaller, work: (em: EntityManager) => Promise<{ result: T; audited: AuditedAction }>): Promise<T> {
    this.assertAdmin(caller.viewer);
    return this.em.fork().transactional(async (em) => {
      const { result, audited } = await work(em);
      this.audit.record(em, caller.viewer, caller.address, audited);
      return result;
    });
  }

  async organisations(viewer: Viewer) {
    this.assertAdmin(viewer);
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<{ id: string; name: string; slug: string; member_count: string }[]>(
        `select o.id, o.name, o.slug, count(distinct m.user_id) as member_count
         from organisation o left join membership m on m.organisation_id = o.id
        group by o.id order by o.name`,
      );
    return rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, memberCount: Number(r.member_count) }));
  }

  createOrganisation(caller: AdminCaller, rawName: string) {
    return this.change(caller, async (em) => {
      const name = organisationName(rawName);
      let slug = slugOf(name);
      if (await em.count(Organisation, { slug })) slug = `${slug}-${Math.random().toString(36).slice(2, 7)}`;
      const organisation = em.create(Organisation, { name, slug });
      return {
        result: organisation,
        audited: { action: 'organisation.create', target: { kind: 'organisation', id: organisation.id, name } },
      };
    });
  }

  renameOrganisation(caller: AdminCaller, id: string, rawName: string) {
    return this.change(caller, async (em) => {
      const organisation = await this.findOrganisation(em, id);
      const name = organisationName(rawName);
      const from = organisation.name;
      organisation.name = name;
      return {
        result: organisation,
        audited: { action: 'organisation.rename', target: { kind: 'organisation', id, name }, details: { from, to: name } },
      };
    });
  }

  /** People whose name or e-mail contains the text, at most 50. */
  async people(viewer: Viewer, search: string) {
    this.assertAdmin(viewer);
    const pattern = `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const users = await this.em
      .fork()
      .find(
        User,
        { $or: [{ email: { $ilike: pattern } }, { displayName: { $ilike: pattern } }] },
        { orderBy: { displayName: 'asc' }, limit: 50 },
      );
    return Promise.all(users.map((user) => this.personView(user)));
  }

  async person(viewer: Viewer, id: string) {
    this.assertAdmin(viewer);
    return this.personView(await this.findUser(this.em.fork(), id));
  }

  async personView(user: User) {
    const memberships = await this.em
      .fork()
      .find(Membership, { user: user.id }, { populate: ['organisation'], orderBy: { createdAt: 'asc' } });
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email ?? null,
      deactivatedAt: user.deactivatedAt ?? null,
      secondFactorEnrolled: await this.secondFactor.isEnrolled(user.id),
      memberships: memberships.map((m) => ({
        id: m.id,
        organisationId: m.organisation.id,
        organisationName: m.organisation.name,
        role: m.role,
      })),
    };
  }

  changeRole(caller: AdminCaller, membershipId: string, role: Role): Promise<User> {
    return this.change(caller, async (em) => {
      if (!isUuid(membershipId)) throw notFound('That membership');
      const membership = await em.findOneOrFail(Membership, membershipId, { populate: ['user', 'organisation'] });
      if (membership.user.id === caller.viewer.userId) throw notYourself();
      const from = membership.role;
      membership.role = role;
      return {
        result: membership.user,
        audited: {
          action: 'membership.change_role',
          target: { kind: 'person', id: membership.user.id, name: membership.user.displayName },
          details: { organisation: membership.organisation.name, from, to: role },
        },
      };
    });
  }

  addMembership(caller: AdminCaller, userId: string, organisationId: string, role: Role) {
    return this.change(caller, async (em) => {
      const user = await this.findUser(em, userId);
      const organisation = await this.findOrganisation(em, organisationId);
      em.create(Membership, { user, organisation, role });
      return {
        result: user,
        audited: {
          action: 'membership.add',
          target: { kind: 'person', id: user.id, name: user.displayName },
          details: { organisation: organisation.name, role },
        },
      };
    });
  }

  /** The person can no longer log in, and every session they have open stops working at once. */
  deactivate(caller: AdminCaller, userId: string) {
    return this.change(caller, async (em) => {
      const user = await this.findUser(em, userId);
      if (user.id === caller.viewer.userId) throw notYourself();
      user.deactivatedAt ??= new Date();
      await this.sessions.endAllFor(user.id, em);
      return { result: user, audited: { action: 'person.deactivate', target: { kind: 'person', id: user.id, name: user.displayName } } };
    });
  }

  reactivate(caller: AdminCaller, userId: string) {
    return this.change(caller, async (em) => {
      const user = await this.findUser(em, userId);
      user.deactivatedAt = null;
      return { result: user, audited: { action: 'person.reactivate', target: { kind: 'person', id: user.id, name: user.displayName } } };
    });
  }

  /** For a lost phone: the authenticator and recovery codes go, and so do the person's sessions; they set it up again. */
  resetSecondFactor(caller: AdminCaller, userId: string) {
    return this.change(caller, async (em) => {
      const user = await this.findUser(em, userId);
      if (user.id === caller.viewer.userId) throw notYourself();
      await this.secondFactor.remove(user.id, em);
      await this.sessions.endAllFor(user.id, em);
      return {
        result: user,
        audited: { action: 'person.reset_second_factor', target: { kind: 'person', id: user.id, name: user.displayName } },
      };
    });
  }

  private async findUser(em: EntityManager, id: string): Promise<User> {
    if (!isUuid(id)) throw notFound('That person');
    const user = await em.findOne(User, id);
    if (!user) throw notFound('That person');
    return user;
  }

  private async findOrganisation(em: EntityManager, id: string): Promise<Organisation> {
    if (!isUuid(id)) throw notFound('That organisation');
    const organisation = await em.findOne(Organisation, id);
    if (!organisation) throw notFound('That organisation');
    return organisation;
  }
}

function organisationName(raw: string): string {
  const checked = checkVisibleName(raw, 120);
  if (!checked.ok || [...checked.value].length < 2) throw organisationNameInvalid();
  return checked.value;
}
