import { randomBytes } from 'node:crypto';

// Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or typed from paper is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random, unguessable code such as `7KQ2-M9XD-4RTB-WZ3E` (80 bits). */
export function newVerificationCode(): string {
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (byte) => ALPHABET[byte % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Accepts codes typed with lower case, spaces or look-alike letters. */
export function normaliseVerificationCode(input: string): string {
  const cleaned = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return (cleaned.match(/.{1,4}/g) ?? []).join('-');
}

export function verificationUrl(webUrl: string, code: string): string {
  return new URL(`/verify/${code}`, webUrl).toString();
}
