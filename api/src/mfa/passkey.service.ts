import { createHash } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { LoginChallenge } from './login-challenge.entity.js';
import { Passkey, PasskeyRegistration } from './passkey.entity.js';
import { SecondFactorService } from './second-factor.service.js';

const REGISTRATION_MINUTES = 5;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

const passkeyRefused = () => invalidInput('PASSKEY_NOT_ACCEPTED', 'That passkey could not be checked. Please try again.');
const needsAuthenticator = () =>
  invalidInput('PASSKEY_NEEDS_AUTHENTICATOR', 'Please set up an authenticator app first; a passkey is added beside it.');

function parsed<T>(json: string): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    throw passkeyRefused();
  }
}

/**
 * Passkeys (WebAuthn, @simplewebauthn/server) as another way through the log-in's second step, added beside
 * the authenticator app (whose recovery codes stay the way back when a device is lost). The relying party is
 * the web's site (WEB_URL): the browser binds each passkey to it, so a look-alike site cannot use one.
 */
@Injectable()
export class PasskeyService {
  private readonly rpID: string;
  private readonly origin: string;

  constructor(
    private readonly em: EntityManager,
    private readonly secondFactor: SecondFactorService,
    @Inject(ENV) env: Env,
  ) {
    this.rpID = new URL(env.WEB_URL).hostname;
    this.origin = new URL(env.WEB_URL).origin;
  }

  async count(userId: string): Promise<number> {
    return this.em.fork().count(Passkey, { user: userId });
  }

  /** The browser's `navigator.credentials.create` options (JSON), its challenge kept for a few minutes. */
  async registrationOptions(viewer: Viewer): Promise<string> {
    if (!(await this.secondFactor.isEnrolled(viewer.userId))) throw needsAuthenticator();
    const em = this.em.fork();
    const existing = await em.find(Passkey, { user: viewer.userId });
    const options = await generateRegistrationOptions({
      rpName: 'Kinship',
      rpID: this.rpID,
      userName: viewer.email ?? viewer.displayName,
      userDisplayName: viewer.displayName,
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports ?? undefined })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    await em.nativeDelete(PasskeyRegistration, { user: viewer.userId });
    em.create(PasskeyRegistration, {
      user: viewer.userId,
      challenge: options.challenge,
      expiresAt: new Date(Date.now() + REGISTRATION_MINUTES * 60_000),
    });
    await em.flush();
    return JSON.stringify(options);
  }

  /** Checks the browser's answer to the registration options and keeps the new passkey's public key. */
  async register(viewer: Viewer, responseJson: string): Promise<void> {
    const em = this.em.fork();
    const pending = await em.findOne(PasskeyRegistration, { user: viewer.userId, expiresAt: { $gt: new Date() } });
    if (!pending) throw passkeyRefused();
    await em.nativeDelete(PasskeyRegistration, { user: viewer.userId });
    const verification = await verifyRegistrationResponse({
      response: parsed<RegistrationResponseJSON>(responseJson),
      expectedChallenge: pending.challenge,
      expectedOrigin: this.origin,
      expectedRPID: this.rpID,
      requireUserVerification: false,
    }).catch(() => ({ verified: false as const }));
    if (!verification.verified) throw passkeyRefused();
    const { credential } = verification.registrationInfo;
    em.create(Passkey, {
      user: viewer.userId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ?? null,
    });
    await em.flush();
  }

  /** The browser's `navigator.credentials.get` options for a log-in's second step (JSON). */
  async loginOptions(challengeToken: string): Promise<string> {
    const user = await this.secondFactor.challengedUser(challengeToken);
    const em = this.em.fork();
    const passkeys = await em.find(Passkey, { user: user.id });
    if (!passkeys.length) throw invalidInput('PASSKEY_NONE', 'No passkey has been added to this account. Please enter a code.');
    const options = await generateAuthenticationOptions({
      rpID: this.rpID,
      allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports ?? undefined })),
      userVerification: 'preferred',
    });
    await em.nativeUpdate(LoginChallenge, { tokenHash: sha256(challengeToken) }, { passkeyChallenge: options.challenge });
    return JSON.stringify(options);
  }

  /** Answers a log-in challenge with a passkey: true ends the challenge; a failed check counts against it. */
  async answerChallenge(challengeToken: string, userId: string, responseJson: string): Promise<boolean> {
    const em = this.em.fork();
    const challenge = await em.findOne(LoginChallenge, { tokenHash: sha256(challengeToken) });
    // Anything that is not a genuine answer counts as a failure, unreadable JSON included.
    const response = (() => {
      try {
        return JSON.parse(responseJson) as AuthenticationResponseJSON;
      } catch {
        return null;
      }
    })();
    const passkey = response && (await em.findOne(Passkey, { user: userId, credentialId: String(response.id) }));
    const verification =
      challenge?.passkeyChallenge && passkey && response
        ? await verifyAuthenticationResponse({
            response,
            expectedChallenge: challenge.passkeyChallenge,
            expectedOrigin: this.origin,
            expectedRPID: this.rpID,
            credential: {
              id: passkey.credentialId,
              publicKey: Uint8Array.from(Buffer.from(passkey.publicKey, 'base64url')),
              counter: Number(passkey.counter),
            },
            requireUserVerification: false,
          }).catch(() => null)
        : null;
    if (!passkey || !verification?.verified) {
      await em
        .getConnection()
        .execute('update mfa_login_challenge set failures = failures + 1 where token_hash = ?', [sha256(challengeToken)]);
      return false;
    }
    passkey.counter = verification.authenticationInfo.newCounter;
    passkey.lastUsedAt = new Date();
    await em.flush();
    await em.nativeDelete(LoginChallenge, { tokenHash: sha256(challengeToken) });
    return true;
  }
}
