import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { User } from '../account/user.entity.js';
import { LoginChallenge } from './login-challenge.entity.js';
import { Passkey } from './passkey.entity.js';
import { RecoveryCode } from './recovery-code.entity.js';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.js';
import { alreadyEnrolled, challengeExpired, notEnrolling } from './second-factor.errors.js';
import { TotpFactor } from './totp-factor.entity.js';
import { acceptedTimeStep, newTotpSecret, otpauthUri } from './totp.js';

const CHALLENGE_MINUTES = 5;
const CHALLENGE_MAX_FAILURES = 5;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface SecondFactorStatus {
  enrolled: boolean;
  recoveryCodesLeft: number;
}

/** TOTP enrolment and checking, recovery codes and the log-in challenge between password and code. */
@Injectable()
export class SecondFactorService {
  constructor(private readonly em: EntityManager) {}

  async status(userId: string): Promise<SecondFactorStatus> {
    const em = this.em.fork();
    const factor = await em.findOne(TotpFactor, { user: userId, confirmedAt: { $ne: null } });
    const recoveryCodesLeft = factor ? await em.count(RecoveryCode, { user: userId, usedAt: null }) : 0;
    return { enrolled: !!factor, recoveryCodesLeft };
  }

  async isEnrolled(userId: string): Promise<boolean> {
    return (await this.em.fork().count(TotpFactor, { user: userId, confirmedAt: { $ne: null } })) > 0;
  }

  /** A new secret to scan; it replaces an enrolment left unfinished, never a confirmed one. */
  async beginEnrolment(userId: string, accountName: string): Promise<{ secret: string; uri: string; qrDataUrl: string }> {
    const em = this.em.fork();
    const existing = await em.findOne(TotpFactor, { user: userId });
    if (existing?.confirmedAt) throw alreadyEnrolled();
    const secret = newTotpSecret();
    if (existing) existing.secret = secret;
    else em.create(TotpFactor, { user: userId, secret });
    await em.flush();
    const uri = otpauthUri(secret, accountName);
    return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2 }) };
  }

  /** Confirms the enrolment with a first code from the app; returns the recovery codes, shown this once. */
  async confirmEnrolment(userId: string, code: string): Promise<string[] | null> {
    const em = this.em.fork();
    const factor = await em.findOne(TotpFactor, { user: userId }, { fields: ['*', 'secret'] });
    if (!factor) throw notEnrolling();
    if (factor.confirmedAt) throw alreadyEnrolled();
    const step = await acceptedTimeStep(factor.secret, code, null);
    if (step === null) return null;
    factor.confirmedAt = new Date();
    factor.lastTimeStep = step;
    const codes = await this.replaceRecoveryCodes(em, userId);
    await em.flush();
    return codes;
  }

  /** New recovery codes, the old ones no longer good. */
  private async replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
    await em.nativeDelete(RecoveryCode, { user: userId });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    for (const code of codes) em.create(RecoveryCode, { user: userId, codeHash: hashRecoveryCode(code) });
    return codes;
  }

  /** Takes away the authenticator, the recovery codes and any passkeys (the person turning it off, or an admin's reset). */
  async remove(userId: string, em: EntityManager = this.em.fork()): Promise<boolean> {
    const removed = await em.nativeDelete(TotpFactor, { user: userId });
    await em.nativeDelete(RecoveryCode, { user: userId });
    await em.nativeDelete(Passkey, { user: userId });
    await em.nativeDelete(LoginChallenge, { user: userId });
    return removed > 0;
  }

  /** True when the code is this person's current authenticator code or one of their unused recovery codes; uses it up. */
  async check(userId: string, code: string): Promise<boolean> {
    if (looksLikeRecoveryCode(code)) return this.useRecoveryCode(userId, code);
    const em = this.em.fork();
    const factor = await em.findOne(TotpFactor, { user: userId, confirmedAt: { $ne: null } }, { fields: ['*', 'secret'] });
    if (!factor) return false;
    const step = await acceptedTimeStep(factor.secret, code, factor.lastTimeStep);
    if (step === null) return false;
    // Conditional, so two requests racing with the same code cannot both succeed.
    const updated = await em.nativeUpdate(
      TotpFactor,
      { id: factor.id, $or: [{ lastTimeStep: null }, { lastTimeStep: { $lt: step } }] },
      { lastTimeStep: step },
    );
    return updated === 1;
  }

  private async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    const used = await this.em
      .fork()
      .nativeUpdate(RecoveryCode, { user: userId, codeHash: hashRecoveryCode(code), usedAt: null }, { usedAt: new Date() });
    return used === 1;
  }

  /** Starts the second step of a log-in; the token goes back to the browser, only its hash is kept. */
  async startChallenge(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const em = this.em.fork();
    await em.nativeDelete(LoginChallenge, { expiresAt: { $lt: new Date() } });
    em.create(LoginChallenge, { tokenHash: sha256(token), user: userId, expiresAt: new Date(Date.now() + CHALLENGE_MINUTES * 60_000) });
    await em.flush();
    return token;
  }

  /** The person a live challenge belongs to; throws when it has expired or used up its tries. */
  async challengedUser(token: string): Promise<User> {
    const challenge = await this.em
      .fork()
      .findOne(LoginChallenge, { tokenHash: sha256(token), expiresAt: { $gt: new Date() } }, { populate: ['user'] });
    if (!challenge || challenge.failures >= CHALLENGE_MAX_FAILURES || challenge.user.deactivatedAt) throw challengeExpired();
    return challenge.user;
  }

  /** Answers a challenge: true ends it; a wrong code counts against it. */
  async answerChallenge(token: string, user: User, code: string): Promise<boolean> {
    const em = this.em.fork();
    if (await this.check(user.id, code)) {
      await em.nativeDelete(LoginChallenge, { tokenHash: sha256(token) });
      return true;
    }
    await em.getConnection().execute('update mfa_login_challenge set failures = failures + 1 where token_hash = ?', [sha256(token)]);
    return false;
  }
}
