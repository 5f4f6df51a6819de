import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanQrCode } from '../pdf/pdf-read-back.spec-support.js';
import { TypstPdf } from '../pdf/typst-pdf.js';
import { SignInCardsRenderer, type SignInCard } from './sign-in-cards-pdf.js';

// PDFs kept (gitignored) so a person can look at them.
const outputDir = join(import.meta.dirname, '../../test-output/sign-in-cards');
let renderer: SignInCardsRenderer;

beforeAll(() => {
  mkdirSync(outputDir, { recursive: true });
  renderer = new SignInCardsRenderer(new TypstPdf());
});

const card = (displayName: string, i = 0): SignInCard => ({
  displayName,
  classCode: 'RVS-D26',
  personalCode: `7KQ2-M9X${i}`,
  signInUrl: `http://localhost:3000/class-sign-in?class=RVSD26&code=7KQ2M9X${i}`,
});

async function textOf(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  return { pages: doc.numPages, text: (await extractText(doc, { mergePages: true })).text };
}

/** Where pdf.js finds a piece of text on the first page: its left and right edges, in points from the page's left. */
async function placeOf(pdf: Buffer, text: string): Promise<{ left: number; right: number }> {
  const { items } = await (await (await getDocumentProxy(new Uint8Array(pdf))).getPage(1)).getTextContent();
  const item = items.find((i) => 'str' in i && i.str === text);
  if (!item || !('transform' in item)) throw new Error(`"${text}" is not on the page`);
  const left = (item.transform as number[])[4]!;
  return { left, right: left + item.width };
}

function saved(name: string, pdf: Buffer): string {
  const file = join(outputDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

describe('SignInCardsRenderer', () => {
  it('prints each name, the class, the class code and each personal code, eight cards to a page', async () => {
    const cards = Array.from({ length: 9 }, (_, i) => card(i === 0 ? 'Zoë Ø.' : `Student ${i}`, i));
    const { pages, text } = await textOf(await renderer.render({ cards, className: 'Social Studies 9', locale: 'en' }));
    expect(pages).toBe(2);
    for (const c of cards) {
      expect(text).toContain(c.displayName);
      expect(text).toContain(c.personalCode);
    }
    expect(text).toContain('RVS-D26');
    expect(text).toContain('Social Studies 9');
    expect(text).toContain('Your personal code');
    expect((await textOf(await renderer.render({ cards: cards.slice(0, 8), className: 'Social Studies 9', locale: 'en' }))).pages).toBe(1);
  });

  it('has a QR code a phone scans to the sign-in link, at the end of the card: right, or left in Arabic', async () => {
    const english = saved('qr-en', await renderer.render({ cards: [card('Noor H.', 3)], className: 'Cards class', locale: 'en' }));
    const arabic = saved('qr-ar', await renderer.render({ cards: [card('نور حداد', 4)], className: 'الصف', locale: 'ar' }));
    const [fromEnglish, fromArabic] = [scanQrCode(english), scanQrCode(arabic)];
    expect(fromEnglish?.text).toBe(card('', 3).signInUrl);
    expect(fromArabic?.text).toBe(card('', 4).signInUrl);
    // The page is 595 pt wide with 28 pt margins: the first card spans 28 to 298 pt, or, right to left, 298 to 567 pt.
    expect(fromEnglish!.left).toBeGreaterThan(163);
    expect(fromArabic!.left).toBeGreaterThan(298);
    expect(fromArabic!.left).toBeLessThan(432);
  });

  it('writes the words in the teacher language, right to left in Arabic and Persian, the codes always left to right', async () => {
    const french = await renderer.render({ cards: [card('Noor H.')], className: 'Classe de 9e', locale: 'fr' });
    expect((await textOf(french)).text).toContain('Ton code personnel');
    const persian = await renderer.render({ cards: [card('Noor H.')], className: 'کلاس نهم', locale: 'fa' });
    // The code starts at the first card's left edge in French; in Persian the first card is the top right one, the
    // code at its right edge, after the QR code.
    expect((await placeOf(french, '7KQ2-M9X0')).left).toBeLessThan(60);
    expect((await placeOf(persian, '7KQ2-M9X0')).left).toBeGreaterThan(432);
  });

  it('makes a name with a word too long for the card smaller, rather than run it onto the next card', async () => {
    const long = 'Wolfeschlegelsteinhausenbergerdorff-Abernathy';
    const pdf = await renderer.render({ cards: [card(long), card('Noor H.', 1)], className: 'Cards class', locale: 'en' });
    // The first card's text ends 12 pt inside its right edge, at 298 pt; the second card starts there.
    expect((await placeOf(pdf, long)).right).toBeLessThanOrEqual(286.5);
    expect((await textOf(pdf)).text).toContain(long);
  });

  it('speaks English to a teacher whose language the cards do not know', async () => {
    const { text } = await textOf(await renderer.render({ cards: [card('Noor H.')], className: 'Cards class', locale: 'de' }));
    expect(text).toContain('Class code');
  });

  it('prints a name and a class name without the control and direction-changing characters an import may hold', async () => {
    const { text } = await textOf(
      await renderer.render({ cards: [card('Maya\u202E reyaM\u0000 K.\u200B')], className: 'Grade\u202E 9', locale: 'en' }),
    );
    expect(text).toContain('Maya reyaM K.');
    expect(text).toContain('Grade 9');
    for (const hidden of ['\u202E', '\u0000', '\u200B']) expect(text).not.toContain(hidden);
  });
});
