// Part of `pnpm bench`: printing sign-in cards, in one process (as the api prints them: one print at a time, the fonts
// loaded once). Baseline from the same run: the previous drawing (pdfkit with DejaVu, kept here only for this),
// which printed Latin names only (the other scripts came out as boxes or unshaped).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root, say } from './services.ts';

const PRINTS = Number(process.env.BENCH_CARD_PRINTS ?? 10);
const require = createRequire(join(root, 'api/package.json'));

interface Card {
  displayName: string;
  classCode: string;
  personalCode: string;
  signInUrl: string;
}
export interface CardTiming {
  what: string;
  cards: number;
  msPerPrint: number;
  bytes: number;
}

/** The cards of one print: names cycling through the given ones, each card its own code and link. */
function cardsOf(names: string[], count: number, print: number): Card[] {
  return Array.from({ length: count }, (_, i) => {
    const code = `${String(print).padStart(4, '0')}-${String(i).padStart(4, '0')}`;
    return {
      displayName: names[i % names.length]!,
      classCode: 'RVS-D26',
      personalCode: code,
      signInUrl: `http://localhost:3000/class-sign-in?class=RVSD26&code=${code.replace('-', '')}`,
    };
  });
}

/** The little of pdfkit's interface the baseline uses (the scripts package does not depend on it). */
interface Doc {
  page: { width: number; height: number };
  on(event: string, listener: (chunk: Buffer) => void): void;
  addPage(): Doc;
  save(): Doc;
  restore(): Doc;
  dash(length: number, options: object): Doc;
  undash(): Doc;
  strokeColor(color: string): Doc;
  fillColor(color: string): Doc;
  rect(x: number, y: number, w: number, h: number): Doc;
  stroke(): Doc;
  fill(): Doc;
  font(path: string): Doc;
  fontSize(size: number): Doc;
  moveDown(lines: number): Doc;
  text(text: string, ...args: unknown[]): Doc;
  end(): void;
}
type PdfKit = new (options: object) => Doc;
interface QrModules {
  modules: { size: number; get(row: number, col: number): boolean };
}

/** The previous renderer's drawing of one card (pdfkit, DejaVu, the QR code's modules as squares). */
function drawCard(doc: Doc, qr: QrModules, card: Card, x: number, y: number, w: number, h: number) {
  const font = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
  doc.save().dash(4, { space: 4 }).strokeColor('#999').rect(x, y, w, h).stroke().undash().restore();
  const [pad, qrSize] = [14, Math.min(h - 28, 110)];
  const width = w - qrSize - 3 * pad;
  doc
    .font(font('DejaVuSans.ttf'))
    .fontSize(8)
    .fillColor('#444')
    .text('Kinship: class sign-in card', x + pad, y + pad, { width });
  doc.font(font('DejaVuSans-Bold.ttf')).fontSize(14).fillColor('#000').text(card.displayName, { width });
  doc.font(font('DejaVuSans.ttf')).fontSize(8).fillColor('#444').text('Bench class', { width }).moveDown(0.4).text('Class code', { width });
  doc.font(font('DejaVuSansMono-Bold.ttf')).fontSize(13).fillColor('#000').text(card.classCode, { width });
  doc.font(font('DejaVuSans.ttf')).fontSize(8).fillColor('#444').text('Your personal code', { width });
  doc.font(font('DejaVuSansMono-Bold.ttf')).fontSize(13).fillColor('#000').text(card.personalCode, { width });
  doc
    .moveDown(0.3)
    .font(font('DejaVuSans.ttf'))
    .fontSize(7)
    .fillColor('#444')
    .text('Scan the square. Keep this card to yourself.', { width });
  const count = qr.modules.size;
  const cell = qrSize / (count + 2);
  const [qx, qy] = [x + w - pad - qrSize, y + (h - qrSize) / 2];
  doc.save().fillColor('#000');
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++) if (qr.modules.get(row, col)) doc.rect(qx + (col + 1) * cell, qy + (row + 1) * cell, cell, cell);
  doc.fill().restore();
}

async function pdfkitBaseline(cards: Card[]): Promise<Buffer> {
  const { default: PDFDocument } = (await import(require.resolve('pdfkit'))) as { default: PdfKit };
  const { default: QRCode } = (await import(require.resolve('qrcode'))) as { default: { create(text: string, o: object): QrModules } };
  const doc = new PDFDocument({ size: 'A4', margin: 28, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  cards.forEach((card, i) => {
    if (i % 8 === 0) doc.addPage();
    const [w, h] = [(doc.page.width - 56) / 2, (doc.page.height - 56) / 4];
    const qr = QRCode.create(card.signInUrl, { errorCorrectionLevel: 'M' });
    drawCard(doc, qr, card, 28 + (i % 2) * w, 28 + Math.floor((i % 8) / 2) * h, w, h);
  });
  doc.end();
  return done;
}

async function time(what: string, cards: number, print: (n: number) => Promise<Buffer>): Promise<CardTiming> {
  const bytes = (await print(PRINTS)).length; // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < PRINTS; i++) await print(i);
  return { what, cards, msPerPrint: Number(process.hrtime.bigint() - start) / 1e6 / PRINTS, bytes };
}

export async function measureSignInCards(): Promise<CardTiming[]> {
  say(`printing sign-in cards: ${PRINTS} prints of 8 and of 200 cards`);
  const { TypstPdf } = (await import(join(root, 'api/dist/pdf/typst-pdf.js'))) as typeof import('../../api/src/pdf/typst-pdf.ts');
  const { SignInCardsRenderer } = (await import(
    join(root, 'api/dist/roster/sign-in-cards-pdf.js')
  )) as typeof import('../../api/src/roster/sign-in-cards-pdf.ts');
  const { scriptSamples } = (await import(
    join(root, 'api/dist/pdf/script-samples.js')
  )) as typeof import('../../api/src/pdf/script-samples.ts');
  const renderer = new SignInCardsRenderer(new TypstPdf());
  const latin = ['Mei Ling Chen', 'Noor Haddad', 'Tomás Ruiz', 'Olek Lindqvist'];
  const everyScript = Object.values(scriptSamples).map((s) => s.name);
  const timings: CardTiming[] = [];
  for (const count of [8, 200]) {
    timings.push(
      await time('baseline: pdfkit + DejaVu (previous renderer), Latin names', count, (n) => pdfkitBaseline(cardsOf(latin, count, n))),
    );
    timings.push(
      await time('Typst, Latin names, English', count, (n) =>
        renderer.render({ cards: cardsOf(latin, count, n), className: 'Bench class', locale: 'en' }),
      ),
    );
    timings.push(
      await time('Typst, names in every script, Persian (right to left)', count, (n) =>
        renderer.render({ cards: cardsOf(everyScript, count, n), className: 'Bench class', locale: 'fa' }),
      ),
    );
  }
  return timings;
}

export function signInCardsReport(timings: CardTiming[]): string {
  const rows = timings.map((t) => `| ${t.what} | ${t.cards} | ${t.msPerPrint.toFixed(0)} ms | ${(t.bytes / 1024).toFixed(0)} KB |`);
  return `Sign-in cards: one process printing one set of cards at a time (what the api does while the teacher waits; the
compile holds its event loop), ${PRINTS} prints after a warm-up, 8 cards (one page) and 200 (the most one print takes,
25 pages), each card its own code and QR code. Names in every script: the samples of api/src/pdf/script-samples.ts.

| print | cards | time per print | size |
| --- | ---: | ---: | ---: |
${rows.join('\n')}
`;
}
