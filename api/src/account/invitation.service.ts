import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { INVITABLE_ROLES, isPlatformAdmin, mayInviteTo } from '../access/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, forbidden, invalidInput, notFound } from '../common/domain-error.js';
import { requestLink } from './account-links.js';
import { AccountToken } from './account-token.entity.js';
import { displayNameOf } from './display-name.js';
import { openToken, spendToken } from './account-tokens.js';
import { normaliseEmail } from './email-address.service.js';
import { isInterfaceLocale } from './interface-locales.js';
import { Membership } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import { hashPassword } from './password.js';
import { assertAcceptablePassword } from './password-policy.js';
import type { Role } from './role.js';
import { User } from './user.entity.js';

export interface InvitationRequest {
  organisationId: string;
  email: string;
  role: Role;
  locale?: string;
}

export interface NewAccount {
  displayName: string;
  password: string;
}

/** An organisation's administrators invite people by e-mail with a role; the link makes or joins the account. */
@Injectable()
export class InvitationService {
  constructor(private readonly em: EntityManager) {}

  /** The organisations the viewer may invite to (for the invitation form). */
  async organisationsFor(viewer: Viewer): Promise<Organisation[]> {
    if (isPlatformAdmin(viewer)) return this.em.fork().find(Organisation, {}, { orderBy: { name: 'asc' } });
    const ids = viewer.memberships.filter((m) => m.role === 'partner_admin').map((m) => m.organisationId);
    return ids.length ? this.em.fork().find(Organisation, { id: { $in: ids } }, { orderBy: { name: 'asc' } }) : [];
  }

  async invite(viewer: Viewer, request: InvitationRequest): Promise<AccountToken> {
    if (!mayInviteTo(viewer, request.organisationId)) throw forbidden();
    if (!INVITABLE_ROLES.includes(request.role))
      throw invalidInput('ROLE_NOT_INVITABLE', 'People can be invited as teachers, trainers or partner admins.');
    const email = normaliseEmail(request.email);
    return this.em.fork().transactional(async (em) => {
      const organisation = await em.findOne(Organisation, { id: request.organisationId });
      if (!organisation) throw notFound('That organisation');
      const user = await em.findOne(User, { email });
      if (user && (await em.count(Membership, { user, organisation, role: request.role })))
        throw invalidInput('ALREADY_MEMBER', 'This person already has this role in the organisation.');
      const locale = isInterfaceLocale(request.locale) ? request.locale : viewer.locale;
      const invitedBy = em.getReference(User, viewer.userId);
      return requestLink(em, { purpose: 'invitation', email, user, organisation, role: request.role, invitedBy, locale });
    });
  }

  /** Pending invitations of the organisations the viewer administers, newest first. */
  async pending(viewer: Viewer): Promise<AccountToken[]> {
    const organisations = await this.organisationsFor(viewer);
    if (!organisations.length) return [];
    return this.em
      .fork()
      .find(
        AccountToken,
        { purpose: 'invitation', usedAt: null, expiresAt: { $gt: new Date() }, organisation: { $in: organisations.map((o) => o.id) } },
        { populate: ['organisation'], orderBy: { createdAt: 'desc' }, limit: 100 },
      );
  }

  /** What a link invites to, for its page: only the link's holder can ask. */
  async preview(secret: string): Promise<{ token: AccountToken; hasAccount: boolean }> {
    const em = this.em.fork();
    const token = await openToken(em, ['invitation'], secret);
    return { token, hasAccount: (await em.count(User, { email: token.email })) > 0 };
  }

  /**
   * Accepts an invitation, once. An address that has an account joins it, but only when that person is
   * the one logged in; otherwise the link makes the account (its address proven by the link).
   * Returns the user to start a session for, when the account was just made.
   */
  async accept(secret: string, viewer: Viewer | null, account: NewAccount | null): Promise<User | null> {
    return this.em.fork().transactional(async (em) => {
      const token = await openToken(em, ['invitation'], secret);
      const existing = await em.findOne(User, { email: token.email });
      if (existing && existing.id !== viewer?.userId)
        throw new DomainError('UNAUTHENTICATED', 'Please log in with the invited e-mail address to accept.', {
          reason: 'LOG_IN_AS_INVITEE',
        });
      const user = existing ?? (await this.newAccount(em, token, account));
      await spendToken(em, token);
      if (!(await em.count(Membership, { user, organisation: token.organisation!, role: token.role! })))
        em.create(Membership, { user, organisation: token.organisation!, role: token.role! });
      user.emailVerifiedAt ??= new Date();
      await em.flush();
      return existing ? null : user;
    });
  }

  private async newAccount(em: EntityManager, token: AccountToken, account: NewAccount | null): Promise<User> {
    const displayName = displayNameOf(account?.displayName ?? '');
    assertAcceptablePassword(account?.password ?? '', { email: token.email, displayName });
    return em.create(User, {
      email: token.email,
      displayName,
      locale: token.locale ?? 'en',
      passwordHash: await hashPassword(account!.password),
      emailVerifiedAt: new Date(),
    });
  }
}
