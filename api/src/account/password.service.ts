import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { AccountRequestLimiter } from '../auth/account-request-limiter.js';
import { SessionService } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { queueNotice, requestLink } from './account-links.js';
import { openToken, spendToken } from './account-tokens.js';
import { hashPassword, verifyPassword } from './password.js';
import { assertAcceptablePassword } from './password-policy.js';
import { User } from './user.entity.js';

export const wrongPassword = () =>
  new DomainError('INVALID_CREDENTIALS', 'That is not your current password.', { reason: 'WRONG_PASSWORD', field: 'currentPassword' });

/** Changing a password (knowing the current one) and resetting a forgotten one by a mailed link. */
@Injectable()
export class PasswordService {
  private readonly logger = new Logger('PasswordService');

  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    private readonly limiter: AccountRequestLimiter,
  ) {}

  /** Re-authentication for sensitive changes: the person's own current password. */
  async assertOwnPassword(em: EntityManager, userId: string, password: string): Promise<User> {
    const user = await em.findOneOrFail(User, { id: userId }, { populate: ['passwordHash'] });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) throw wrongPassword();
    return user;
  }

  /** Sets a new password; every other session of the person ends, this one stays. */
  async change(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const user = await this.assertOwnPassword(em, viewer.userId, currentPassword);
      assertAcceptablePassword(newPassword, user);
      user.passwordHash = await hashPassword(newPassword);
      await em.flush();
      await this.sessions.endOthersFor(user.id, viewer.sessionTokenHash, em);
      await queueNotice(em, user.id, 'password_changed');
    });
  }

  /**
   * Mails a reset link if the address has an account with a password. The answer is the same either
   * way and is given before any of that work, so neither its content nor its timing tells who has an account.
   * An address that asks too often is refused (whatever e-mail it names); a mailbox gets at most a few an hour.
   */
  async requestReset(email: string, from: string): Promise<void> {
    await this.limiter.assertResetAllowed(from);
    const address = email.trim().toLowerCase();
    void this.mailResetLink(address).catch((error: unknown) => this.logger.error(error, 'a password reset request failed'));
  }

  private async mailResetLink(email: string): Promise<void> {
    if (!email.includes('@') || email.length > 254 || !(await this.limiter.mayMailReset(email))) return;
    await this.em.fork().transactional(async (em) => {
      const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
      if (!user?.passwordHash) return;
      await requestLink(em, { purpose: 'password_reset', user, email });
    });
  }

  /** Sets the password a reset link allows, once; every session of the person ends. */
  async reset(secret: string, newPassword: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const token = await openToken(em, ['password_reset'], secret);
      const user = token.user;
      if (!user || user.email !== token.email)
        throw new DomainError('BAD_USER_INPUT', 'This link is no longer valid.', { reason: 'LINK_INVALID' });
      assertAcceptablePassword(newPassword, user);
      await spendToken(em, token);
      user.passwordHash = await hashPassword(newPassword);
      // The link reached this mailbox, so the address is proven too.
      user.emailVerifiedAt ??= new Date();
      await em.flush();
      await this.sessions.endAllFor(user.id, em);
      await queueNotice(em, user.id, 'password_changed');
    });
  }
}
