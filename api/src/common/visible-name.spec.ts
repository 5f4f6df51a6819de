import { describe, expect, it } from 'vitest';
import { checkVisibleName, printableName } from './visible-name.js';

describe('visible names', () => {
  it('are normalised to NFC and their spaces tidied', () => {
    const decomposed = 'Zoe\u0301  Tremblay ';
    expect(checkVisibleName(decomposed, 80)).toEqual({ ok: true, value: 'Zoé Tremblay' });
  });

  it('keep letters of every script', () => {
    for (const name of ['Amira Haddad', 'أمينة', 'Ngọc Lan', 'Ōtautahi', 'Сергей', 'می‌خواهم'])
      expect(checkVisibleName(name, 80).ok).toBe(true);
  });

  it('refuse bidi overrides, isolates, zero-width characters and control characters', () => {
    for (const name of ['Ada\u202EnimdA', 'Ad\u200Ba', 'Ada\u2066x\u2069', 'A\u0007da', 'Ada\uFEFF', 'Ad\u00ADa', 'Ada\u200C', '\u200DAda'])
      expect(checkVisibleName(name, 80)).toEqual({ ok: false, problem: 'INVISIBLE_OR_CONTROL' });
  });

  it('refuse empty and over-long names', () => {
    expect(checkVisibleName('   ', 80)).toEqual({ ok: false, problem: 'EMPTY' });
    expect(checkVisibleName('x'.repeat(81), 80)).toEqual({ ok: false, problem: 'TOO_LONG' });
  });
});

describe('printableName', () => {
  it('drops what checkVisibleName refuses and cuts an over-long name', () => {
    expect(printableName('  Ma\u202Eya \u0007K. ')).toBe('Maya K.');
    expect(printableName('مریم\u200Cزاده')).toBe('مریم\u200Cزاده');
    expect(printableName('x'.repeat(100), 80)).toBe(`${'x'.repeat(79)}…`);
  });
});
