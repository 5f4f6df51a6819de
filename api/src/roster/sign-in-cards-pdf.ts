import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** One printed card: what a student needs to sign in, and nothing more. */
export interface SignInCard {
  displayName: string;
  /** Shown in groups (formatCode), as the student types it. */
  classCode: string;
  personalCode: string;
  /** The sign-in link the QR code holds (class and personal code filled in). */
  signInUrl: string;
}

export interface CardWords {
  title: string;
  className: string;
  classCode: string;
  personalCode: string;
  howTo: string;
  keepSafe: string;
}

const require = createRequire(import.meta.url);
const fonts = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  mono: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf'),
};

// Letter and A4 both hold 2 × 4 cards of this size with these margins, cut along the dashed lines.
const COLUMNS = 2;
const ROWS = 4;
const MARGIN = 28;

/** The QR code's modules, drawn as vector squares: sharp at any print size, no image decoding. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = size / (count + 2);
  doc.save().fillColor('#000');
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++) if (qr.modules.get(row, col)) doc.rect(x + (col + 1) * cell, y + (row + 1) * cell, cell, cell);
  doc.fill().restore();
}

function drawCard(doc: PDFKit.PDFDocument, card: SignInCard, words: CardWords, x: number, y: number, w: number, h: number) {
  doc.save().dash(4, { space: 4 }).strokeColor('#999').rect(x, y, w, h).stroke().undash().restore();
  const pad = 14;
  const qrSize = Math.min(h - 2 * pad, 110);
  const textWidth = w - qrSize - 3 * pad;
  doc
    .font(fonts.regular)
    .fontSize(8)
    .fillColor('#444')
    .text(words.title, x + pad, y + pad, { width: textWidth });
  doc.font(fonts.bold).fontSize(14).fillColor('#000').text(card.displayName, { width: textWidth });
  doc.font(fonts.regular).fontSize(8).fillColor('#444').text(words.className, { width: textWidth });
  doc.moveDown(0.4).font(fonts.regular).fontSize(8).text(words.classCode, { width: textWidth });
  doc.font(fonts.mono).fontSize(13).fillColor('#000').text(card.classCode, { width: textWidth });
  doc.font(fonts.regular).fontSize(8).fillColor('#444').text(words.personalCode, { width: textWidth });
  doc.font(fonts.mono).fontSize(13).fillColor('#000').text(card.personalCode, { width: textWidth });
  doc.moveDown(0.3).font(fonts.regular).fontSize(7).fillColor('#444').text(`${words.howTo} ${words.keepSafe}`, { width: textWidth });
  drawQr(doc, card.signInUrl, x + w - pad - qrSize, y + (h - qrSize) / 2, qrSize);
}

/** Sign-in cards, eight to a page, for the teacher to print and cut. The codes exist nowhere else. */
export function renderSignInCards(cards: SignInCard[], words: CardWords, locale: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    info: { Title: words.title, Author: 'Kinship' },
    lang: locale,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  cards.forEach((card, i) => {
    const slot = i % (COLUMNS * ROWS);
    if (slot === 0) doc.addPage();
    const w = (doc.page.width - 2 * MARGIN) / COLUMNS;
    const h = (doc.page.height - 2 * MARGIN) / ROWS;
    drawCard(doc, card, words, MARGIN + (slot % COLUMNS) * w, MARGIN + Math.floor(slot / COLUMNS) * h, w, h);
  });
  if (cards.length === 0) doc.addPage();
  doc.end();
  return done;
}
