import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderSignInCards } from './sign-in-cards-pdf.js';

const words = {
  title: 'Kinship class sign-in',
  className: 'Social Studies 9',
  classCode: 'Class code',
  personalCode: 'Your code',
  howTo: 'Go to the sign-in page or scan the code.',
  keepSafe: 'Keep this card to yourself.',
};

describe('renderSignInCards', () => {
  it('prints each name, the class code and each personal code, eight cards to a page', async () => {
    const cards = Array.from({ length: 9 }, (_, i) => ({
      displayName: i === 0 ? 'Zoë Ø.' : `Student ${i}`,
      classCode: 'RVS-D26',
      personalCode: `7KQ2-M9X${i}`,
      signInUrl: `http://localhost:3000/class-sign-in?class=RVSD26&code=7KQ2M9X${i}`,
    }));
    const pdf = await renderSignInCards(cards, words, 'en');
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBe(2);
    const { text } = await extractText(doc, { mergePages: true });
    for (const card of cards) {
      expect(text).toContain(card.displayName);
      expect(text).toContain(card.personalCode);
    }
    expect(text).toContain('RVS-D26');
    expect(text).toContain('Social Studies 9');
  });
});
