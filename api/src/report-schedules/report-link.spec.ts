import { describe, expect, it } from 'vitest';
import { readReportLink, signReportLink } from './report-link.js';

const KEY = 'a-test-key-of-at-least-thirty-two-characters';
const link = {
  scheduleId: '0d6f1c1e-8c55-4a4e-9d8e-1b9b7f6e2a10',
  userId: '7b0c8a8e-1f2d-4c3b-9a8e-2d1c0b9a8f7e',
  expiresAt: new Date('2026-12-04T10:00:00Z'),
};

describe('report links', () => {
  it('read back what was signed', () => {
    expect(readReportLink(KEY, signReportLink(KEY, link))).toEqual(link);
  });

  it('refuse a changed recipient, a changed expiry, another key and garbage', () => {
    const token = signReportLink(KEY, link);
    const [s, u, e, sig] = token.split('.') as [string, string, string, string];
    expect(readReportLink(KEY, [s, '11111111-1f2d-4c3b-9a8e-2d1c0b9a8f7e', e, sig].join('.'))).toBeNull();
    expect(readReportLink(KEY, [s, u, String(Number(e) + 3600), sig].join('.'))).toBeNull();
    expect(readReportLink(`${KEY}-other`, token)).toBeNull();
    expect(readReportLink(KEY, 'not-a-link')).toBeNull();
  });
});
