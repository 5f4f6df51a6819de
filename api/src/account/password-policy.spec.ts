import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error.js';
import { assertAcceptablePassword } from './password-policy.js';

const reasonOf = (password: string, owner = {}) => {
  try {
    assertAcceptablePassword(password, owner);
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.details.reason : error;
  }
};

describe('password rules', () => {
  it('refuses short, over-long and common passwords, whatever their case', () => {
    expect(reasonOf('short')).toBe('PASSWORD_TOO_SMALL');
    expect(reasonOf('x'.repeat(129))).toBe('PASSWORD_TOO_BIG');
    expect(reasonOf('1234567890')).toBe('PASSWORD_TOO_COMMON');
    expect(reasonOf('QwertyUIOP')).toBe('PASSWORD_TOO_COMMON');
  });

  it('refuses the e-mail, its local part and the display name', () => {
    const owner = { email: 'river.song@example.test', displayName: 'Amara Okafor' };
    expect(reasonOf('River.Song@example.test', owner)).toBe('PASSWORD_IS_IDENTITY');
    expect(reasonOf('river.song', owner)).toBe('PASSWORD_IS_IDENTITY');
    expect(reasonOf(' amara okafor ', owner)).toBe('PASSWORD_IS_IDENTITY');
  });

  it('accepts a passphrase of any characters up to 128, with no composition rules', () => {
    expect(reasonOf('all lower case words here')).toBeNull();
    expect(reasonOf('ᐊᓂᔑᓈᐯ ᐃᓯᓂᑫᐎᓐ'.padEnd(20, 'ᐊ'))).toBeNull();
    expect(reasonOf('y'.repeat(128))).toBeNull();
  });
});
