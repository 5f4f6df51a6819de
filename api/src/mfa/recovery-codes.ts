import { createHash, randomInt } from 'node:crypto';

/** How many recovery codes a person gets at enrolment. */
export const RECOVERY_CODE_COUNT = 10;

// No 0/O, 1/I/L: the codes are read off paper and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code such as `K7QF-M2XP-9TAW`: 12 characters from 31, about 59 bits, enough to be hashed without a salt. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** What was typed, in the form the codes are hashed in: upper case, no spaces or dashes. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

export function looksLikeRecoveryCode(typed: string): boolean {
  return /^[A-Z0-9]{12}$/.test(normaliseRecoveryCode(typed)) && !/^\d+$/.test(normaliseRecoveryCode(typed));
}

export function hashRecoveryCode(typed: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(typed)).digest('hex');
}
