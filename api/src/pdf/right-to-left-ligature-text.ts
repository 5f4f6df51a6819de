import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';

const arabicScript = /^[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+$/;

/** `<0006> <06440627>` → the same entry with the destination's characters in reverse order, if all Arabic-script. */
function reverseEntry(entry: string): string {
  return entry.replace(/^(<[0-9A-Fa-f]+>\s*<)([0-9A-Fa-f]{8,})>$/, (whole, head: string, hex: string) => {
    const units = hex.match(/.{4}/g)!;
    const text = String.fromCharCode(...units.map((u) => parseInt(u, 16)));
    return arabicScript.test(text) ? `${head}${units.reverse().join('')}>` : whole;
  });
}

/**
 * Makes ligatures in Arabic and Persian text (lam-alef, the Allah ligature) copy and read back as typed.
 * PDF readers (pdf.js and poppler, at least) put a right-to-left line into reading order by reversing what
 * each glyph maps to, so a glyph mapped to "لا" comes out "ال" ("صلاح" read as "صالح"). Storing the
 * text of such glyphs reversed in the fonts' ToUnicode maps gives the readers' reversal the right result;
 * those glyphs only ever stand in right-to-left runs.
 */
export async function fixRightToLeftLigatureText(pdf: Uint8Array): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  let changed = false;
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const text = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
    if (!text.includes('beginbfchar')) continue;
    const fixed = text
      .split('\n')
      .map((line) => reverseEntry(line.trim()))
      .join('\n');
    if (fixed === text) continue;
    doc.context.assign(ref, doc.context.flateStream(fixed));
    changed = true;
  }
  return changed ? Buffer.from(await doc.save({ updateFieldAppearances: false })) : Buffer.from(pdf);
}
