import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { CertificateRenderer } from './certificate-pdf.js';

describe('renderCertificatePdf', () => {
  it('prints the name as written, the course, its version and the code', async () => {
    const pdf = await new CertificateRenderer().render({
      learnerName: 'Zoë Nguyễn-Ødegård',
      courseTitle: 'Premiers pas',
      courseVersion: 3,
      completedAt: new Date('2026-03-04T10:00:00Z'),
      code: 'ABCD-EFGH-JKMN-PQRS',
      verificationUrl: 'http://localhost:3000/verify/ABCD-EFGH-JKMN-PQRS',
      locale: 'fr',
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain('Zoë Nguyễn-Ødegård');
    expect(text).toContain('Premiers pas');
    expect(text).toContain('Version du cours 3');
    expect(text).toContain('ABCD-EFGH-JKMN-PQRS');
    expect(text).toContain('4 mars 2026');
  });

  it('prints a name without the control and direction-changing characters an old or imported name may hold', async () => {
    const pdf = await new CertificateRenderer().render({
      learnerName: 'Maya\u202E reyaM\u0000 K.\u200B',
      courseTitle: 'Getting started',
      courseVersion: 1,
      completedAt: new Date('2026-03-04T10:00:00Z'),
      code: 'ABCD-EFGH-JKMN-PQRS',
      verificationUrl: 'http://localhost:3000/verify/ABCD-EFGH-JKMN-PQRS',
      locale: 'en',
    });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain('Maya reyaM K.');
    for (const hidden of ['\u202E', '\u0000', '\u200B']) expect(text).not.toContain(hidden);
  });
});
