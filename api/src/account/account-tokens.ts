import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/domain-error.js';
import { AccountToken, type TokenPurpose } from './account-token.entity.js';

/** How long each kind of link works after it is mailed. A reset is short-lived; an invitation waits a week. */
export const TOKEN_LIFETIME_MINUTES: Record<TokenPurpose, number> = {
  password_reset: 60,
  email_verification: 48 * 60,
  email_change: 24 * 60,
  invitation: 7 * 24 * 60,
};

export const hashLinkSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Makes the secret of a pending token's link, keeping only its hash; a second call (a retried mail job)
 * replaces the first secret, so only the latest mail's link works. Returns null for a used or expired token.
 */
export async function mintLinkSecret(em: EntityManager, token: AccountToken): Promise<string | null> {
  if (token.usedAt) return null;
  const secret = randomBytes(32).toString('base64url');
  token.tokenHash = hashLinkSecret(secret);
  token.expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MINUTES[token.purpose] * 60_000);
  await em.flush();
  return secret;
}

export const invalidLink = () =>
  new DomainError('BAD_USER_INPUT', 'This link has expired or was already used. Please ask for a new one.', {
    reason: 'LINK_INVALID',
  });

/** The pending token a link's secret opens, or an error saying the link is used up or expired. */
export async function openToken(em: EntityManager, purposes: TokenPurpose[], secret: string): Promise<AccountToken> {
  const token = await em.findOne(
    AccountToken,
    { tokenHash: hashLinkSecret(secret), purpose: { $in: purposes }, usedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['user', 'organisation'] },
  );
  if (!token) throw invalidLink();
  return token;
}

/**
 * Marks the token used, once: of two requests racing with the same link only one wins (the update is
 * conditional), so a link can never be used twice. Runs inside the caller's transaction.
 */
export async function spendToken(em: EntityManager, token: AccountToken): Promise<void> {
  const spent = await em.nativeUpdate(AccountToken, { id: token.id, usedAt: null }, { usedAt: new Date() });
  if (spent !== 1) throw invalidLink();
}
