import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES_NEEDING_SECOND_FACTOR } from '../access/permissions.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { SessionService } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { SecondFactorEnrolmentView, SecondFactorStatusView } from './mfa.types.js';
import { requiredForRole, wrongCode } from './second-factor.errors.js';
import { PasskeyService } from './passkey.service.js';
import { SecondFactorService } from './second-factor.service.js';

const isRequiredFor = (viewer: Viewer) =>
  !!viewer.secondFactorNeeded || viewer.memberships.some((m) => ROLES_NEEDING_SECOND_FACTOR.includes(m.role));

/** Setting up and turning off two-step log-in, for the person themselves. */
@Resolver()
export class MfaResolver {
  constructor(
    private readonly secondFactor: SecondFactorService,
    private readonly sessions: SessionService,
    private readonly passkeys: PasskeyService,
  ) {}

  @Query(() => SecondFactorStatusView)
  async mySecondFactor(@CurrentViewer() viewer: Viewer): Promise<SecondFactorStatusView> {
    const [status, passkeys] = await Promise.all([this.secondFactor.status(viewer.userId), this.passkeys.count(viewer.userId)]);
    return { ...status, passkeys, required: isRequiredFor(viewer) };
  }

  @Mutation(() => String, { description: 'Options (JSON) for the browser to create a passkey; needs the authenticator app set up.' })
  beginPasskeyRegistration(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.passkeys.registrationOptions(viewer);
  }

  @Mutation(() => Boolean, { description: 'Keeps the passkey the browser created, from its answer (JSON) to the options.' })
  async finishPasskeyRegistration(@CurrentViewer() viewer: Viewer, @Args('response') response: string): Promise<boolean> {
    await this.passkeys.register(viewer, response);
    return true;
  }

  @Mutation(() => SecondFactorEnrolmentView, { description: 'Starts setting up an authenticator app (a new secret each time).' })
  beginSecondFactorEnrolment(@CurrentViewer() viewer: Viewer): Promise<SecondFactorEnrolmentView> {
    return this.secondFactor.beginEnrolment(viewer.userId, viewer.email ?? viewer.displayName);
  }

  @Mutation(() => [String], {
    description: 'Finishes setting up with a first code; answers the recovery codes, shown this once. This session counts as two-step.',
  })
  async confirmSecondFactorEnrolment(@CurrentViewer() viewer: Viewer, @Args('code') code: string): Promise<string[]> {
    const recoveryCodes = await this.secondFactor.confirmEnrolment(viewer.userId, code);
    if (!recoveryCodes) throw wrongCode();
    await this.sessions.confirmSecondFactor(viewer.sessionTokenHash);
    return recoveryCodes;
  }

  @Mutation(() => Boolean, { description: 'Turns two-step log-in off, with a current code; refused for roles that need it.' })
  async turnOffSecondFactor(@CurrentViewer() viewer: Viewer, @Args('code') code: string): Promise<boolean> {
    if (isRequiredFor(viewer)) throw requiredForRole();
    if (!(await this.secondFactor.check(viewer.userId, code))) throw wrongCode();
    return this.secondFactor.remove(viewer.userId);
  }
}
