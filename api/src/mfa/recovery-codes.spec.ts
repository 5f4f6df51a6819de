import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode } from './recovery-codes.js';

describe('recovery codes', () => {
  it('are three groups of four unambiguous characters, all different', () => {
    const codes = Array.from({ length: 50 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('hash the same whatever the case, spaces and dashes', () => {
    expect(hashRecoveryCode('k7qf m2xp 9taw')).toBe(hashRecoveryCode('K7QF-M2XP-9TAW'));
    expect(hashRecoveryCode('K7QF-M2XP-9TAW')).not.toBe(hashRecoveryCode('K7QF-M2XP-9TAX'));
  });

  it('are told apart from six-digit authenticator codes', () => {
    expect(looksLikeRecoveryCode('K7QF-M2XP-9TAW')).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
