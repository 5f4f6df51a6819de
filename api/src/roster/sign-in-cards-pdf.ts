import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { printableName } from '../common/visible-name.js';
import { directionOf, fontStackFor } from '../pdf/pdf-fonts.js';
import { isRightToLeft, typstLanguage } from '../pdf/typst-language.js';
import { TypstPdf } from '../pdf/typst-pdf.js';
import { signInCardsTemplate } from './sign-in-cards-template.js';
import { cardWords } from './sign-in-cards-text.js';

/** One printed card: what a student needs to sign in, and nothing more. */
export interface SignInCard {
  displayName: string;
  /** Shown in groups (formatCode), as the student types it. */
  classCode: string;
  personalCode: string;
  /** The sign-in link the QR code holds (class and personal code filled in). */
  signInUrl: string;
}

export interface SignInCardsRequest {
  cards: SignInCard[];
  className: string;
  /** The teacher's language: the words around the names and codes. */
  locale: string;
}

// Two columns of four cards to an A4 page, each about 9.5 × 6.9 cm.
const COLUMNS = 2;
const ROWS = 4;
const CARDS_PER_PAGE = COLUMNS * ROWS;
// Longer names are set at 11 pt instead of 14, so that even an 80-character one leaves room for the codes.
const LONG_NAME = 30;

/** The QR code as SVG: vector squares, sharp at any print size; the quiet zone is the card's own margin. */
const qrSvg = (url: string) => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });

function pages<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / CARDS_PER_PAGE) }, (_, i) =>
    items.slice(i * CARDS_PER_PAGE, (i + 1) * CARDS_PER_PAGE),
  );
}

/** What the template reads: the words in the teacher's language, and each name in its own direction and fonts. */
async function templateInputs({ cards, className, locale }: SignInCardsRequest) {
  const words = cardWords(locale);
  const field = (raw: string) => {
    const text = printableName(raw);
    return { text, dir: directionOf(text), fonts: fontStackFor(text, locale) };
  };
  const drawn = await Promise.all(
    cards.map(async (card) => {
      const name = field(card.displayName);
      const nameSize = [...name.text].length > LONG_NAME ? 11 : 14;
      return { name, nameSize, classCode: card.classCode, personalCode: card.personalCode, qr: await qrSvg(card.signInUrl) };
    }),
  );
  return {
    ...typstLanguage(locale),
    dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
    fonts: fontStackFor(Object.values(words).join(' '), locale),
    documentTitle: words.title,
    words: { ...words, howTo: `${words.howTo} ${words.keepSafe}` },
    className: field(className),
    columns: COLUMNS,
    rows: ROWS,
    pages: pages(drawn),
  };
}

/** Sign-in cards, eight to a page, for the teacher to print and cut, with the process's Typst engine. The codes exist nowhere else. */
@Injectable()
export class SignInCardsRenderer {
  private readonly typst: TypstPdf;

  constructor(typst: TypstPdf) {
    this.typst = typst;
  }

  async render(request: SignInCardsRequest): Promise<Buffer> {
    const inputs = { cards: JSON.stringify(await templateInputs(request)) };
    return this.typst.pdf(signInCardsTemplate, inputs, new Date());
  }
}
