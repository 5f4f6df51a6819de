// How the PDF specs read a PDF back as its readers would: pdf.js (unpdf), poppler (pdftotext, pdftoppm) and a
// phone's QR scanner (jsQR). Test code only: left out of the build (tsconfig.build.json).
import { execFileSync } from 'node:child_process';
import jsqr from 'jsqr';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';

export interface DrawnGlyph {
  charCode: number;
  unicode: string;
  width: number;
  size: number;
}

/** Every glyph pdf.js finds on one page, with the font size it is drawn at. */
export async function drawnGlyphs(pdf: Buffer, pageNumber = 1): Promise<DrawnGlyph[]> {
  const { OPS } = await getResolvedPDFJS();
  const page = await (await getDocumentProxy(new Uint8Array(pdf))).getPage(pageNumber);
  const ops = await page.getOperatorList();
  const glyphs: DrawnGlyph[] = [];
  let size = 0;
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.setFont) size = args[1] as number;
    if (fn !== OPS.showText) return;
    for (const g of args[0] as unknown[]) {
      if (typeof g !== 'object' || g === null) continue; // spacing adjustments
      const { originalCharCode, unicode, width } = g as { originalCharCode: number; unicode: string; width: number };
      glyphs.push({ charCode: originalCharCode, unicode, width, size });
    }
  });
  return glyphs;
}

/** pdf.js's text of the first page, one string per line (items joined). */
export async function pdfjsLines(pdf: Buffer): Promise<string[]> {
  const page = await (await getDocumentProxy(new Uint8Array(pdf))).getPage(1);
  const { items } = await page.getTextContent();
  return items
    .map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : ''))
    .join('')
    .split('\n');
}

/** Poppler's text (it honours /ActualText, which carries the text of shaped clusters), bidi marks removed. */
export function popplerLines(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replace(/[\u202a-\u202e]/g, '')
    .split('\n')
    .map((line) => line.trim());
}

export interface ScannedQrCode {
  text: string;
  /** Where the code's left edge is on the page, in points from the page's left edge. */
  left: number;
}

/**
 * What a QR scanner reads from the first page printed at 150 dpi in greyscale (poppler's PGM: a short text
 * header, then one byte a pixel), or null when it finds no code.
 */
export function scanQrCode(file: string): ScannedQrCode | null {
  const dpi = 150;
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file], {
    maxBuffer: 64 * 1024 ** 2,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([grey[i]!, grey[i]!, grey[i]!, 255], i * 4);
  // jsqr is CommonJS: its exports are the function, which also carries itself as `default` (what its types declare).
  const found = jsqr.default(rgba, width, height);
  if (!found) return null;
  const { topLeftCorner, bottomLeftCorner } = found.location;
  return { text: found.data, left: (Math.min(topLeftCorner.x, bottomLeftCorner.x) * 72) / dpi };
}
