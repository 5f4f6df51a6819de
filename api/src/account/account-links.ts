import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { writeEvent } from '../events/outbox.js';
import { AccountToken } from './account-token.entity.js';
import { TOKEN_LIFETIME_MINUTES } from './account-tokens.js';
import type { User } from './user.entity.js';

type TokenFields = Pick<AccountToken, 'purpose' | 'email'> & Partial<AccountToken>;

/**
 * Records a pending account token and, in the same transaction (`em` must be the transaction's), the
 * event that has its link mailed: a request never waits for Redis, and a rolled-back change mails nothing.
 * The token has no secret yet; the mail job makes it (see account-tokens.ts).
 */
export async function requestLink(em: EntityManager, fields: TokenFields): Promise<AccountToken> {
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MINUTES[fields.purpose] * 60_000);
  const token = em.create(AccountToken, { expiresAt, ...fields });
  await em.flush();
  await writeEvent(em, 'account.link-requested', { tokenId: token.id });
  return token;
}

/** The e-mail verification link for a person who signed up with an address. */
export function requestVerification(em: EntityManager, user: User) {
  if (!user.email) return Promise.resolve(null);
  return requestLink(em, { purpose: 'email_verification', user, email: user.email });
}

/** Queues a notice to the person (or, for an e-mail change, to the address it replaced). */
export function queueNotice(em: EntityManager, userId: string, notice: 'password_changed' | 'email_changed', tokenId?: string) {
  return writeEvent(em, 'account.notice', { noticeId: randomUUID(), userId, notice, tokenId });
}
