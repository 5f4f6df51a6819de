import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { permissionsOf } from '../access/access.types.js';
import { ViewerView } from '../account/account.types.js';
import { ENV, type Env } from '../config/env.js';
import { AuthPayload, LoginInput, SecondFactorLoginInput, SignUpInput } from './auth.types.js';
import { PasskeyService } from '../mfa/passkey.service.js';
import { AuthService } from './auth.service.js';
import { CurrentViewer, OptionalViewer } from './current-viewer.decorator.js';
import { Public } from './public.decorator.js';
import type { HttpContext } from './request-of.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { SessionService } from './session.service.js';
import type { Viewer } from './viewer.js';

type StartedSession = { token: string; expiresAt: Date; persistent?: boolean };

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly passkeys: PasskeyService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Public()
  @Query(() => ViewerView, { nullable: true, description: 'The person who is logged in, or null.' })
  me(@OptionalViewer() viewer: Viewer | null): ViewerView | null {
    return viewer && toViewerView(viewer);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: HttpContext): Promise<AuthPayload> {
    const { session } = await this.auth.signUp(input, ctx.req.ip ?? 'unknown');
    return this.started(ctx, session);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() ctx: HttpContext): Promise<AuthPayload> {
    const how = { persistent: !input.sharedComputer, device: input.device ?? ctx.req.get('user-agent') ?? null };
    const { session } = await this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown', how);
    return this.started(ctx, session);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: "A log-in's second step, after `login` answered SECOND_FACTOR_REQUIRED with a challenge." })
  async loginWithSecondFactor(@Args('input') input: SecondFactorLoginInput, @Context() ctx: HttpContext): Promise<AuthPayload> {
    const { session } = await this.auth.loginWithSecondFactor(input.challenge, input.code, ctx.req.ip ?? 'unknown');
    return this.started(ctx, session);
  }

  @Public()
  @Mutation(() => String, { description: "Options (JSON) for the browser to answer a log-in's second step with a passkey." })
  passkeyLoginOptions(@Args('challenge') challenge: string): Promise<string> {
    return this.passkeys.loginOptions(challenge);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: "A log-in's second step answered with a passkey (the browser's answer, JSON)." })
  async loginWithPasskey(
    @Args('challenge') challenge: string,
    @Args('response') response: string,
    @Context() ctx: HttpContext,
  ): Promise<AuthPayload> {
    const { session } = await this.auth.loginWithPasskey(challenge, response, ctx.req.ip ?? 'unknown');
    return this.started(ctx, session);
  }

  @Mutation(() => Boolean)
  async logout(@CurrentViewer() viewer: Viewer, @Context() ctx: HttpContext): Promise<boolean> {
    await this.auth.logout(viewer.sessionTokenHash);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  private async started(ctx: HttpContext, session: StartedSession): Promise<AuthPayload> {
    this.setCookie(ctx, session);
    const viewer = await this.sessions.viewerForToken(session.token);
    if (!viewer) throw new Error('a session that was just started could not be read back');
    return { viewer: toViewerView(viewer) };
  }

  // A shared-computer session's cookie has no expiry: the browser forgets it when it closes.
  private setCookie(ctx: HttpContext, session: StartedSession) {
    ctx.res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.env.NODE_ENV === 'production',
      path: '/',
      expires: session.persistent === false ? undefined : session.expiresAt,
    });
  }
}

export function toViewerView(viewer: Viewer): ViewerView {
  return {
    id: viewer.userId,
    email: viewer.email,
    displayName: viewer.displayName,
    locale: viewer.locale,
    memberships: viewer.memberships,
    can: permissionsOf(viewer),
  };
}
