import type { EntityManager } from '@mikro-orm/postgresql';
import { UnrecoverableError } from 'bullmq';
import { AccountToken, type TokenPurpose } from '../account/account-token.entity.js';
import { mintLinkSecret, TOKEN_LIFETIME_MINUTES } from '../account/account-tokens.js';
import { User } from '../account/user.entity.js';
import type { MailKind } from './mail-messages.js';
import { ROLE_NAMES } from './mail-messages.js';
import { lifetimeIn, mailLocaleOf, renderMail } from './mail-render.js';
import type { MailTransport } from './mail-transport.js';

/** The web page each kind of link opens. */
const LINK_PATHS: Record<TokenPurpose, string> = {
  password_reset: '/reset-password/',
  email_verification: '/verify-email/',
  email_change: '/verify-email/',
  invitation: '/invitations/',
};

export interface MailDeps {
  em: EntityManager;
  transport: MailTransport;
  webUrl: string;
}

/**
 * Mails the link of a pending account token. The job carries only the token's id; the link's secret is
 * made here, just before sending, and only its hash is stored, so a retried job sends a fresh link and
 * the queue never holds one. Tokens already used (or gone with their account) send nothing.
 */
export async function sendAccountMail({ em, transport, webUrl }: MailDeps, tokenId: string): Promise<'sent' | 'skipped'> {
  const token = await em.findOne(AccountToken, { id: tokenId }, { populate: ['user', 'organisation', 'invitedBy'] });
  if (!token || token.usedAt) return 'skipped';
  const locale = mailLocaleOf(token.user?.locale ?? token.locale);
  const secret = await mintLinkSecret(em, token);
  if (!secret) return 'skipped';
  const values = {
    name: token.user?.displayName ?? '',
    organisation: token.organisation?.name ?? '',
    inviter: token.invitedBy?.displayName ?? 'Kinship',
    role: ROLE_NAMES[locale][token.role ?? 'learner'] ?? '',
    lifetime: lifetimeIn(locale, TOKEN_LIFETIME_MINUTES[token.purpose]),
  };
  const link = `${webUrl}${LINK_PATHS[token.purpose]}${secret}`;
  await transport.send(token.email, renderMail(token.purpose, locale, values, link));
  return 'sent';
}

export type Notice = Extract<MailKind, 'password_changed' | 'email_changed'>;

/**
 * Tells a person something happened to their account. An e-mail change is told to the address it
 * replaced (kept on the change's token); students without e-mail get nothing.
 */
export async function sendNotice({ em, transport, webUrl }: MailDeps, userId: string, notice: Notice, tokenId?: string) {
  const user = await em.findOne(User, { id: userId });
  if (!user) return 'skipped';
  const change = tokenId ? await em.findOne(AccountToken, { id: tokenId, user: userId }) : null;
  if (notice === 'email_changed' && !change?.previousEmail) throw new UnrecoverableError('an e-mail change notice needs its change');
  const to = notice === 'email_changed' ? change?.previousEmail : user.email;
  if (!to) return 'skipped';
  const locale = mailLocaleOf(user.locale);
  await transport.send(to, renderMail(notice, locale, { name: user.displayName, webUrl, newEmail: user.email ?? '' }));
  return 'sent';
}
