import { describe, expect, it } from 'vitest';
import { formatCode, normaliseCode, randomCode } from './class-codes.js';

describe('class codes', () => {
  it('are made of Crockford base32 only, at the length asked', () => {
    for (let i = 0; i < 200; i++) expect(randomCode(8)).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('read what was typed with spaces, dashes, lower case and look-alike letters', () => {
    expect(normaliseCode(' 7kq2-m9xd ')).toBe('7KQ2M9XD');
    expect(normaliseCode('NOAH-2O26')).toBe('N0AH2026');
    expect(normaliseCode('il1')).toBe('111');
  });

  it('are shown in two groups', () => {
    expect(formatCode('7KQ2M9XD')).toBe('7KQ2-M9XD');
    expect(formatCode('RVSD26')).toBe('RVS-D26');
  });
});
