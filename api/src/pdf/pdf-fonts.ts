import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The scripts our PDFs (certificates, sign-in cards) print, each with the font family that covers it. */
export const pdfScripts = ['latin', 'arabic', 'devanagari', 'gurmukhi', 'hans', 'hant', 'japanese', 'korean'] as const;
export type PdfScript = (typeof pdfScripts)[number];

interface FontFamily {
  /** The family name Typst selects it by (the font's own name table). */
  family: string;
  /** Module paths of the regular and bold faces (npm packages, so nothing is fetched at run time). */
  files: [regular: string, bold: string];
}

const expo = (pkg: string, stem: string): [string, string] => [
  `@expo-google-fonts/${pkg}/400Regular/${stem}_400Regular.ttf`,
  `@expo-google-fonts/${pkg}/700Bold/${stem}_700Bold.ttf`,
];

// Noto for Latin (with Vietnamese), the Indic scripts and the four CJK conventions (separate fonts, so
// Simplified and Traditional Chinese, Japanese and Korean each get their own glyph forms). Arabic and
// Persian use Vazirmatn: Noto's Arabic fonts draw the dots as separate glyphs, which PDF text
// extraction reads back as doubled letters; Vazirmatn has one glyph per letter form.
const families: Record<PdfScript, FontFamily> = {
  latin: { family: 'Noto Sans', files: expo('noto-sans', 'NotoSans') },
  arabic: { family: 'Vazirmatn', files: ['vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf', 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf'] },
  devanagari: { family: 'Noto Sans Devanagari', files: expo('noto-sans-devanagari', 'NotoSansDevanagari') },
  gurmukhi: { family: 'Noto Sans Gurmukhi', files: expo('noto-sans-gurmukhi', 'NotoSansGurmukhi') },
  hans: { family: 'Noto Sans SC', files: expo('noto-sans-sc', 'NotoSansSC') },
  hant: { family: 'Noto Sans TC', files: expo('noto-sans-tc', 'NotoSansTC') },
  japanese: { family: 'Noto Sans JP', files: expo('noto-sans-jp', 'NotoSansJP') },
  korean: { family: 'Noto Sans KR', files: expo('noto-sans-kr', 'NotoSansKR') },
};

export class MissingPdfFontError extends Error {
  readonly missing: string[];

  constructor(missing: string[]) {
    super(`PDF fonts missing (install the api's dependencies):\n${missing.map((m) => `  - ${m}`).join('\n')}`);
    this.name = 'MissingPdfFontError';
    this.missing = missing;
  }
}

const require = createRequire(import.meta.url);

/**
 * Where every PDF font is on disk, checked without reading them (cheap enough for start-up): a missing
 * font stops the process there with the list of what is missing, rather than printing boxes on a
 * learner's certificate or a student's card later. `require.resolve` finds a file only if it exists.
 */
export function pdfFontFiles(resolve: (path: string) => string = require.resolve): string[] {
  const missing: string[] = [];
  const files: string[] = [];
  for (const [script, { family, files: faces }] of Object.entries(families)) {
    for (const file of faces) {
      try {
        files.push(resolve(file));
      } catch {
        missing.push(`${family} (${script}): ${file}`);
      }
    }
  }
  if (missing.length) throw new MissingPdfFontError(missing);
  return files;
}

/** Reads the fonts (about 60 MB): done once, when a process first draws a PDF (typst-pdf.ts). */
export async function readPdfFonts(files: string[] = pdfFontFiles()): Promise<Buffer[]> {
  return Promise.all(files.map((file) => readFile(file)));
}

export function fontModulePaths(): string[] {
  return Object.values(families).flatMap((f) => f.files);
}

/** The Han font for text without kana or hangul: the reader's language decides the glyph forms. */
function hanFor(locale: string): PdfScript {
  if (locale === 'zh-Hant') return 'hant';
  if (locale === 'ja') return 'japanese';
  if (locale === 'ko') return 'korean';
  return 'hans';
}

/**
 * The font families for a piece of text, most specific first: Typst picks, per character, the first
 * family that has it, so a name mixing scripts (or with Latin digits) gets each run from its own font.
 * Kana means Japanese and hangul Korean, whatever the document's language; other Han text follows
 * the language (Traditional Chinese for zh-Hant, Simplified otherwise).
 */
export function fontStackFor(text: string, locale: string): string[] {
  const han: PdfScript = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
    ? 'japanese'
    : /\p{Script=Hangul}/u.test(text)
      ? 'korean'
      : hanFor(locale);
  const order: PdfScript[] = ['latin', 'arabic', 'devanagari', 'gurmukhi', han];
  return order.map((script) => families[script].family);
}

/** Right to left when the text's first strong letter is Arabic-script (a name keeps its own direction). */
export function directionOf(text: string): 'ltr' | 'rtl' {
  const first = /\p{L}/u.exec(text)?.[0];
  return first && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(first) ? 'rtl' : 'ltr';
}
