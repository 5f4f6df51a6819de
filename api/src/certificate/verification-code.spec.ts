import { describe, expect, it } from 'vitest';
import { newVerificationCode, normaliseVerificationCode, verificationUrl } from './verification-code.js';

describe('verification codes', () => {
  it('are four groups of four unambiguous characters', () => {
    const code = newVerificationCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(newVerificationCode()).not.toBe(code);
  });

  it('accept what people type', () => {
    expect(normaliseVerificationCode(' 7kq2 m9xd-4rtb wz3e ')).toBe('7KQ2-M9XD-4RTB-WZ3E');
    expect(normaliseVerificationCode('o0il')).toBe('0011');
  });

  it('link to the public page', () => {
    expect(verificationUrl('https://learn.example.org', 'AAAA-BBBB')).toBe('https://learn.example.org/verify/AAAA-BBBB');
  });
});
