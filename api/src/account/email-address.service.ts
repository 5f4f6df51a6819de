import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, invalidInput } from '../common/domain-error.js';
import { queueNotice, requestLink, requestVerification } from './account-links.js';
import { openToken, spendToken } from './account-tokens.js';
import { PasswordService } from './password.service.js';
import { User } from './user.entity.js';

const emailSchema = z.email().max(254);

export function normaliseEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (!emailSchema.safeParse(email).success) throw invalidInput('EMAIL_INVALID_FORMAT', 'Please enter a valid e-mail address.');
  return email;
}

const emailTaken = () =>
  new DomainError('EMAIL_TAKEN', 'An account with this e-mail address already exists.', { field: 'email', reason: 'EMAIL_TAKEN' });

/** Proving an address (after sign-up) and moving an account to another address. */
@Injectable()
export class EmailAddressService {
  constructor(
    private readonly em: EntityManager,
    private readonly passwords: PasswordService,
  ) {}

  /** Mails a new verification link to the viewer's unverified address. */
  async resendVerification(viewer: Viewer): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const user = await em.findOneOrFail(User, { id: viewer.userId });
      if (!user.email || user.emailVerifiedAt) return;
      await requestVerification(em, user);
    });
  }

  /**
   * Asks for a move to another address: the current password again (re-authentication), then a link to
   * the new address. An address that already has an account is refused; the viewer is logged in, so this
   * tells no stranger anything, and the sign-up form already says as much.
   */
  async requestChange(viewer: Viewer, newEmail: string, password: string): Promise<void> {
    const email = normaliseEmail(newEmail);
    await this.em.fork().transactional(async (em) => {
      const user = await this.passwords.assertOwnPassword(em, viewer.userId, password);
      if (!user.email) throw invalidInput('EMAIL_NOT_ALLOWED', 'Accounts made by a teacher for a class have no e-mail address.');
      if (email === user.email) throw invalidInput('EMAIL_UNCHANGED', 'This is already your e-mail address.');
      if (await em.count(User, { email })) throw emailTaken();
      await requestLink(em, { purpose: 'email_change', user, email, previousEmail: user.email });
    });
  }

  /** Completes what a mailed link confirms: a verification, or a change of address (then told to the old one). */
  async confirm(secret: string): Promise<'verified' | 'changed'> {
    try {
      return await this.em.fork().transactional(async (em) => {
        const token = await openToken(em, ['email_verification', 'email_change'], secret);
        const user = token.user;
        if (!user) throw invalidInput('LINK_INVALID', 'This link is no longer valid.');
        await spendToken(em, token);
        if (token.purpose === 'email_verification') {
          if (user.email === token.email) user.emailVerifiedAt ??= new Date();
          await em.flush();
          return 'verified';
        }
        if (user.email !== token.previousEmail) throw invalidInput('LINK_INVALID', 'This link is no longer valid.');
        user.email = token.email;
        user.emailVerifiedAt = new Date();
        await em.flush();
        await queueNotice(em, user.id, 'email_changed', token.id);
        return 'changed';
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw emailTaken();
      throw error;
    }
  }
}
