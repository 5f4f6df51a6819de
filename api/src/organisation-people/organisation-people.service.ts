import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { mayDeactivateMember, mayReportOn } from '../access/permissions.js';
import { User } from '../account/user.entity.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { SessionService } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, notFound } from '../common/domain-error.js';
import type { OrganisationMemberView } from './organisation-people.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface MemberRow {
  user_id: string;
  display_name: string;
  email: string | null;
  deactivated_at: Date | null;
  roles: string[];
  classes: string[] | null;
  elsewhere: { organisationId: string; role: string }[];
}

/** An organisation's people for its partner admins: who they are, their roles and classes; deactivation. */
@Injectable()
export class OrganisationPeopleService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    private readonly audit: AuditLogService,
  ) {}

  private assertReader(viewer: Viewer, organisationId: string) {
    if (!UUID.test(organisationId) || !mayReportOn(viewer, organisationId)) throw notFound('That organisation');
  }

  /** Every member, one statement: roles here, classes here, and every membership (to know who may be deactivated). */
  async members(viewer: Viewer, organisationId: string, userId?: string): Promise<OrganisationMemberView[]> {
    this.assertReader(viewer, organisationId);
    const rows = await this.em.getConnection().execute<MemberRow[]>(
      `select u.id as user_id, u.display_name, u.email, u.deactivated_at,
              array_agg(distinct m.role::text order by m.role::text) as roles,
              (select array_agg(distinct c.name order by c.name) from classroom c
                 where c.organisation_id = ? and c.archived_at is null
                   and (exists (select 1 from classroom_teacher t where t.classroom_id = c.id and t.user_id = u.id)
                     or exists (select 1 from classroom_student s where s.classroom_id = c.id and s.user_id = u.id))) as classes,
              (select json_agg(json_build_object('organisationId', a.organisation_id, 'role', a.role)) from membership a where a.user_id = u.id) as elsewhere
         from membership m join app_user u on u.id = m.user_id
        where m.organisation_id = ? ${userId ? 'and u.id = ?' : ''}
        group by u.id order by lower(u.display_name), u.id`,
      userId ? [organisationId, organisationId, userId] : [organisationId, organisationId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email,
      roles: r.roles,
      classes: r.classes ?? [],
      deactivatedAt: r.deactivated_at ? new Date(r.deactivated_at) : null,
      canDeactivate: mayDeactivateMember(viewer, organisationId, { userId: r.user_id, memberships: r.elsewhere }),
    }));
  }

  /** The member can no longer log in and their sessions end at once; everything they did is kept. */
  async deactivate(viewer: Viewer, address: string, organisationId: string, userId: string): Promise<OrganisationMemberView> {
    const [member] = UUID.test(userId) ? await this.members(viewer, organisationId, userId) : [];
    if (!member) throw notFound('That member');
    if (!member.canDeactivate)
      throw new DomainError('FORBIDDEN', 'Only people who belong to this organisation alone can be deactivated here.', {
        reason: 'MEMBER_NOT_DEACTIVATABLE',
      });
    await this.em.fork().transactional(async (em) => {
      const user = await em.findOneOrFail(User, userId);
      user.deactivatedAt ??= new Date();
      await this.sessions.endAllFor(user.id, em);
      this.audit.record(em, viewer, address, {
        action: 'person.deactivate',
        target: { kind: 'person', id: user.id, name: user.displayName },
      });
    });
    return { ...member, deactivatedAt: member.deactivatedAt ?? new Date() };
  }
}
