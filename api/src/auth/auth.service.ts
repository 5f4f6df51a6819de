import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { requestVerification } from '../account/account-links.js';
import { displayNameOf } from '../account/display-name.js';
import { INTERFACE_LOCALES } from '../account/interface-locales.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../account/password.js';
import { assertAcceptablePassword, MAX_PASSWORD_LENGTH } from '../account/password-policy.js';
import { User } from '../account/user.entity.js';
import { DomainError } from '../common/domain-error.js';
import { PasskeyService } from '../mfa/passkey.service.js';
import { SecondFactorService } from '../mfa/second-factor.service.js';
import { secondFactorRequired, wrongCode } from '../mfa/second-factor.errors.js';
import { AccountRequestLimiter } from './account-request-limiter.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { SessionService } from './session.service.js';

const signUpSchema = z.object({
  email: z
    .email({ error: 'Please enter a valid e-mail address.' })
    .max(254)
    .transform((e) => e.toLowerCase()),
  displayName: z.string(),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `Please choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
    .max(MAX_PASSWORD_LENGTH, { error: `Please choose a password of at most ${MAX_PASSWORD_LENGTH} characters.` }),
  locale: z.enum(INTERFACE_LOCALES).default('en'),
});

export type SignUpData = Omit<z.input<typeof signUpSchema>, 'locale'> & { locale?: string };

// Verifying against a real hash when the e-mail is unknown keeps the response time the same,
// so timing does not reveal which e-mails have accounts.
const decoyHash = hashPassword('decoy password that matches nothing');

/** A refused field as a stable reason, e.g. PASSWORD_TOO_SMALL, with the bounds its message names. */
function reasonOf(issue: z.core.$ZodIssue): { reason: string; min?: number; max?: number } {
  const field = issue.path
    .join('_')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase();
  const bounds =
    issue.code === 'too_small' ? { min: Number(issue.minimum) } : issue.code === 'too_big' ? { max: Number(issue.maximum) } : {};
  return { reason: `${field}_${issue.code.toUpperCase()}`, ...bounds };
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  if (!first) throw new DomainError('BAD_USER_INPUT', 'Please check what you entered.');
  throw new DomainError('BAD_USER_INPUT', first.message, { field: first.path.join('.'), ...reasonOf(first) });
}

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    private readonly limiter: LoginRateLimiter,
    private readonly secondFactor: SecondFactorService,
    private readonly requests: AccountRequestLimiter,
    private readonly passkeys: PasskeyService,
  ) {}

  /**
   * A new account. An address that has met too many taken e-mails is refused first, and the password is
   * hashed before the e-mail is looked at, so a taken e-mail costs the same time as a new one.
   */
  async signUp(data: SignUpData, address: string) {
    await this.requests.assertSignUpAllowed(address);
    const parsed = parseOrThrow(signUpSchema, data);
    const input = { ...parsed, displayName: displayNameOf(parsed.displayName) };
    assertAcceptablePassword(input.password, input);
    const passwordHash = await hashPassword(input.password);
    let user: User;
    try {
      // The verification mail is queued through the outbox in the same transaction as the account.
      user = await this.em.fork().transactional(async (em) => {
        const created = em.create(User, { email: input.email, displayName: input.displayName, locale: input.locale, passwordHash });
        await em.flush();
        await requestVerification(em, created);
        return created;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        await this.requests.recordTakenSignUp(address);
        throw new DomainError('EMAIL_TAKEN', 'An account with this e-mail address already exists. Please log in instead.', {
          field: 'email',
        });
      }
      throw error;
    }
    return { user, session: await this.sessions.start(user) };
  }

  async login(email: string, password: string, address: string, how: { persistent?: boolean; device?: string | null } = {}) {
    const normalised = email.trim().toLowerCase();
    await this.limiter.assertAllowed(normalised, address);
    const user = await this.em.fork().findOne(User, { email: normalised }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !valid || user.deactivatedAt) {
      await this.limiter.recordFailure(normalised, address);
      throw new DomainError('INVALID_CREDENTIALS', 'That e-mail and password do not match an account.');
    }
    if (await this.secondFactor.isEnrolled(user.id)) throw secondFactorRequired(await this.secondFactor.startChallenge(user.id));
    await this.limiter.recordSuccess(normalised, address);
    return { user, session: await this.sessions.start(user, false, how) };
  }

  /** The second step of a log-in: the challenge from the first and a code (authenticator or recovery). */
  async loginWithSecondFactor(challenge: string, code: string, address: string) {
    const user = await this.secondFactor.challengedUser(challenge);
    const email = user.email ?? user.id;
    await this.limiter.assertAllowed(email, address);
    if (!(await this.secondFactor.answerChallenge(challenge, user, code))) {
      await this.limiter.recordFailure(email, address);
      throw wrongCode();
    }
    await this.limiter.recordSuccess(email, address);
    return { user, session: await this.sessions.start(user, true) };
  }

  /** The second step of a log-in answered with a passkey (the browser's answer to passkeyLoginOptions, JSON). */
  async loginWithPasskey(challenge: string, response: string, address: string) {
    const user = await this.secondFactor.challengedUser(challenge);
    const email = user.email ?? user.id;
    await this.limiter.assertAllowed(email, address);
    if (!(await this.passkeys.answerChallenge(challenge, user.id, response))) {
      await this.limiter.recordFailure(email, address);
      throw new DomainError('INVALID_CREDENTIALS', 'That passkey could not be checked. Please try again or use a code.', {
        reason: 'PASSKEY_NOT_ACCEPTED',
      });
    }
    await this.limiter.recordSuccess(email, address);
    return { user, session: await this.sessions.start(user, true) };
  }

  logout(sessionTokenHash: string) {
    return this.sessions.end(sessionTokenHash);
  }
}
