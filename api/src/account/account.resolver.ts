import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { CurrentViewer, OptionalViewer } from '../auth/current-viewer.decorator.js';
import { Public } from '../auth/public.decorator.js';
import type { HttpContext } from '../auth/request-of.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { SessionService } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { ENV, type Env } from '../config/env.js';
import { AccountSessionsService } from './account-sessions.service.js';
import {
  AcceptInvitationInput,
  AccountView,
  ChangePasswordInput,
  EmailChangeInput,
  InvitableOrganisationView,
  InvitationView,
  InviteInput,
  PendingInvitationView,
  ResetPasswordInput,
  SessionView,
} from './account-settings.types.js';
import { EmailAddressService } from './email-address.service.js';
import { InvitationService } from './invitation.service.js';
import { LanguageService } from './language.service.js';
import { PasswordService } from './password.service.js';
import { User } from './user.entity.js';

/** Account settings: password, e-mail address, sessions, invitations. Each method calls one service. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly passwords: PasswordService,
    private readonly addresses: EmailAddressService,
    private readonly accountSessions: AccountSessionsService,
    private readonly invitations: InvitationService,
    private readonly languages: LanguageService,
    private readonly sessions: SessionService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Query(() => AccountView)
  async myAccount(@CurrentViewer() viewer: Viewer): Promise<AccountView> {
    const user = await this.em.fork().findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] });
    return { email: user.email ?? null, emailVerified: !!user.emailVerifiedAt, hasPassword: !!user.passwordHash };
  }

  @Mutation(() => String, { description: "Stores the interface language with the viewer's account (and mails follow it)." })
  chooseLanguage(@CurrentViewer() viewer: Viewer, @Args('locale') locale: string): Promise<string> {
    return this.languages.choose(viewer, locale);
  }

  @Mutation(() => Boolean, { description: 'Needs the current password; ends every other session.' })
  async changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.passwords.change(viewer, input.currentPassword, input.newPassword);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true: whether the address has an account is never told.' })
  async requestPasswordReset(@Args('email') email: string, @Context() ctx: HttpContext): Promise<boolean> {
    await this.passwords.requestReset(email, ctx.req.ip ?? 'unknown');
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: "Sets a new password with a reset link's secret (once); ends every session." })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.passwords.reset(input.token, input.newPassword);
    return true;
  }

  @Mutation(() => Boolean, { description: "Mails a new link to confirm the viewer's address." })
  async resendEmailVerification(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.addresses.resendVerification(viewer);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Needs the current password; mails a link to the new address.' })
  async requestEmailChange(@CurrentViewer() viewer: Viewer, @Args('input') input: EmailChangeInput): Promise<boolean> {
    await this.addresses.requestChange(viewer, input.newEmail, input.password);
    return true;
  }

  @Public()
  @Mutation(() => String, { description: 'Confirms a mailed address link: "verified" or "changed".' })
  confirmEmail(@Args('token') token: string): Promise<string> {
    return this.addresses.confirm(token);
  }

  @Query(() => [SessionView])
  mySessions(@CurrentViewer() viewer: Viewer): Promise<SessionView[]> {
    return this.accountSessions.list(viewer);
  }

  @Mutation(() => Boolean)
  async endSession(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.accountSessions.end(viewer, id);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the viewer, this one included.' })
  async logOutEverywhere(@CurrentViewer() viewer: Viewer, @Context() ctx: HttpContext): Promise<boolean> {
    await this.accountSessions.endAll(viewer);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Query(() => [InvitableOrganisationView], { description: 'Organisations the viewer may invite people to.' })
  async invitableOrganisations(@CurrentViewer() viewer: Viewer): Promise<InvitableOrganisationView[]> {
    return (await this.invitations.organisationsFor(viewer)).map(({ id, name }) => ({ id, name }));
  }

  @Query(() => [PendingInvitationView])
  async pendingInvitations(@CurrentViewer() viewer: Viewer): Promise<PendingInvitationView[]> {
    return (await this.invitations.pending(viewer)).map((t) => ({
      id: t.id,
      email: t.email,
      organisationName: t.organisation?.name ?? '',
      role: t.role!,
      expiresAt: t.expiresAt,
    }));
  }

  @Mutation(() => Boolean, { description: 'Mails an invitation to join an organisation with a role.' })
  async invite(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteInput): Promise<boolean> {
    await this.invitations.invite(viewer, input);
    return true;
  }

  @Public()
  @Query(() => InvitationView, { description: "An invitation, for its link's page." })
  async invitation(@Args('token') token: string): Promise<InvitationView> {
    const { token: invitation, hasAccount } = await this.invitations.preview(token);
    return { organisationName: invitation.organisation?.name ?? '', role: invitation.role!, email: invitation.email, hasAccount };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Joins the organisation; makes the account (and logs in) when the address has none.' })
  async acceptInvitation(
    @OptionalViewer() viewer: Viewer | null,
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: HttpContext,
  ): Promise<boolean> {
    const account = input.password !== undefined ? { displayName: input.displayName ?? '', password: input.password } : null;
    const created = await this.invitations.accept(input.token, viewer, account);
    if (created) {
      const session = await this.sessions.start(created, false, { device: ctx.req.get('user-agent') ?? null });
      ctx.res.cookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.env.NODE_ENV === 'production',
        path: '/',
        expires: session.expiresAt,
      });
    }
    return true;
  }
}
