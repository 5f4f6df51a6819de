import { dictionary } from '@zxcvbn-ts/language-common';
import { invalidInput } from '../common/domain-error.js';
import { MIN_PASSWORD_LENGTH } from './password.js';

/** Long enough for a passphrase; argon2 hashes any length, this only bounds the work per request. */
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The commonest passwords, from zxcvbn-ts's list (compiled from leaked-password corpora). Only those at
 * least MIN_PASSWORD_LENGTH long can get past the length rule, so only they are kept (about 1,500).
 */
const commonPasswords: ReadonlySet<string> = new Set(
  dictionary['passwords-common'].filter((p) => p.length >= MIN_PASSWORD_LENGTH).map((p) => p.toLowerCase()),
);

export interface PasswordOwner {
  email?: string | null;
  displayName?: string | null;
}

const same = (a: string, b: string | null | undefined) => !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * NIST SP 800-63B's rules: a minimum and a generous maximum length, no composition rules, and refusal of
 * known-common passwords and of the person's own e-mail or name. Throws a BAD_USER_INPUT with a reason.
 */
export function assertAcceptablePassword(password: string, owner: PasswordOwner): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    throw invalidInput('PASSWORD_TOO_SMALL', `Please choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`, {
      min: MIN_PASSWORD_LENGTH,
    });
  if (length > MAX_PASSWORD_LENGTH)
    throw invalidInput('PASSWORD_TOO_BIG', `Please choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`, {
      max: MAX_PASSWORD_LENGTH,
    });
  if (commonPasswords.has(password.toLowerCase()))
    throw invalidInput('PASSWORD_TOO_COMMON', 'This password is one of the most common ones. Please choose another.');
  const localPart = owner.email?.split('@')[0];
  if (same(password, owner.email) || same(password, localPart) || same(password, owner.displayName))
    throw invalidInput('PASSWORD_IS_IDENTITY', 'Please do not use your e-mail address or your name as your password.');
}
