import { newVerificationCode, normaliseVerificationCode } from '../certificate/verification-code.js';

/**
 * The codes of a class, all in Crockford's base32 (the alphabet of certificate codes: no I, L, O or U),
 * stored without separators and shown in groups. Lengths are what a child can copy from a board or a
 * card; guessing is held back by rate limits, not by length alone.
 */
export const JOIN_CODE_LENGTH = 8;
export const CLASS_SIGN_IN_CODE_LENGTH = 6;
export const PERSONAL_CODE_LENGTH = 8;
/** How many leading characters of a personal code are kept plain, to find the student before checking the hash. */
export const PERSONAL_CODE_KEY_LENGTH = 2;

/** A fresh random code of the given length (at most 16 characters, 5 bits each). */
export function randomCode(length: number): string {
  return newVerificationCode().replace(/-/g, '').slice(0, length);
}

/** What a person typed, as stored: upper case, separators and spaces dropped, look-alike letters read as digits. */
export function normaliseCode(input: string): string {
  return normaliseVerificationCode(input).replace(/-/g, '');
}

/** A stored code in groups for reading aloud: `7KQ2-M9XD`, `RVS-D26`. */
export function formatCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

export const signInKeyOf = (personalCode: string) => personalCode.slice(0, PERSONAL_CODE_KEY_LENGTH);

export function joinUrl(webUrl: string, joinCode: string): string {
  return new URL(`/join/${formatCode(joinCode)}`, webUrl).toString();
}
