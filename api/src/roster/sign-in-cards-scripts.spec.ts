import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawnGlyphs, popplerLines } from '../pdf/pdf-read-back.spec-support.js';
import { scriptSamples } from '../pdf/script-samples.js';
import { TypstPdf } from '../pdf/typst-pdf.js';
import { SignInCardsRenderer } from './sign-in-cards-pdf.js';
import { cardLocales, cardWords } from './sign-in-cards-text.js';

// PDFs and one PNG per script, kept (gitignored) so a person can look at them.
const outputDir = join(import.meta.dirname, '../../test-output/sign-in-cards');
let renderer: SignInCardsRenderer;

beforeAll(() => {
  mkdirSync(outputDir, { recursive: true });
  renderer = new SignInCardsRenderer(new TypstPdf());
});

/** One card for the name, in a class of that name, in the teacher's language; saved, with a PNG beside it. */
async function printed(file: string, displayName: string, className: string, locale: string) {
  const pdf = await renderer.render({
    cards: [{ displayName, classCode: 'RVS-D26', personalCode: '7KQ2-M9X4', signInUrl: 'http://localhost:3000/class-sign-in' }],
    className,
    locale,
  });
  const path = join(outputDir, `${file}.pdf`);
  writeFileSync(path, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', path, join(outputDir, file)]);
  return { pdf, path };
}

// Typst's subsets keep .notdef as glyph 0, so a character no font has shows as code 0.
const missingGlyphs = async (pdf: Buffer) => (await drawnGlyphs(pdf)).filter((g) => g.charCode === 0);

describe('sign-in cards in every script', () => {
  for (const [script, sample] of Object.entries(scriptSamples)) {
    it(`${script}: prints the name and the class with no missing glyph, and they read back as typed`, async () => {
      const { pdf, path } = await printed(`script-${script}`, sample.name, sample.title, sample.locale);
      expect(await missingGlyphs(pdf)).toEqual([]);
      const lines = popplerLines(path);
      expect(lines).toContain(sample.name);
      expect(lines).toContain(sample.title);
      expect(lines).toContain('7KQ2-M9X4');
    });
  }

  for (const locale of cardLocales) {
    it(`${locale}: the card's words print with no missing glyph and read back as written`, async () => {
      const { pdf, path } = await printed(`words-${locale}`, 'Noor H.', 'Cards class', locale);
      expect(await missingGlyphs(pdf)).toEqual([]);
      const lines = popplerLines(path);
      const words = cardWords(locale);
      expect(lines).toContain(words.classCode);
      expect(lines).toContain(words.personalCode);
    });
  }

  it('reads an Arabic name with lam-alef back as typed', async () => {
    const { path } = await printed('arabic-ligatures', 'صلاح علاء', 'Cards class', 'en');
    expect(popplerLines(path)).toContain('صلاح علاء');
  });

  it('shows a character that no font has as .notdef, which the check above catches', async () => {
    const { pdf } = await printed('missing-font', 'தமிழ்செல்வி', 'Cards class', 'en');
    expect((await missingGlyphs(pdf)).length).toBeGreaterThan(0);
  });
});
