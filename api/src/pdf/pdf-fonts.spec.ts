import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { directionOf, fontStackFor, MissingPdfFontError, pdfFontFiles, readPdfFonts } from './pdf-fonts.js';
import { TypstPdf } from './typst-pdf.js';

const require = createRequire(import.meta.url);

describe('PDF fonts', () => {
  it('are all installed, one regular and one bold face per script', async () => {
    expect(pdfFontFiles()).toHaveLength(16);
    expect((await readPdfFonts()).every((font) => font.length > 10_000)).toBe(true);
  });

  it('stop the Typst engine (and so the process) from starting when one is missing, naming it', () => {
    const withoutGurmukhi = (path: string) => {
      if (path.includes('gurmukhi')) throw new Error(`Cannot find module '${path}'`);
      return require.resolve(path);
    };
    expect(() => new TypstPdf(pdfFontFiles(withoutGurmukhi))).toThrow(MissingPdfFontError);
    expect(() => pdfFontFiles(withoutGurmukhi)).toThrow(/Noto Sans Gurmukhi \(gurmukhi\).*400Regular[\s\S]*700Bold/);
  });

  it('are read, with the engine, only when the first PDF is drawn', async () => {
    const typst = new TypstPdf();
    expect(typst.loaded).toBe(false);
    const pdf = await typst.pdf('#set page(width: 4cm, height: 2cm)\n#sys.inputs.at("name")', { name: 'Ana' }, new Date());
    expect(typst.loaded).toBe(true);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('name a font file that went missing after start-up when the first PDF is drawn', async () => {
    const typst = new TypstPdf([...pdfFontFiles(), '/nonexistent/NotoSans-Gone.ttf']);
    await expect(typst.pdf('#sys.inputs.at("name")', { name: 'Ana' }, new Date())).rejects.toThrow(/NotoSans-Gone\.ttf/);
  });

  it('give Han text the glyph forms of the language, and kana or hangul their own fonts whatever the language', () => {
    expect(fontStackFor('陳美玲', 'zh-Hant')).toContain('Noto Sans TC');
    expect(fontStackFor('王小明', 'en')).toContain('Noto Sans SC');
    expect(fontStackFor('山田 花子', 'ja')).toContain('Noto Sans JP');
    expect(fontStackFor('山田 はなこ', 'en')).toContain('Noto Sans JP');
    expect(fontStackFor('김지민', 'fr')).toContain('Noto Sans KR');
    // Latin first, so digits and Latin letters in any name come from the Latin font.
    expect(fontStackFor('ليلى 2', 'ar')[0]).toBe('Noto Sans');
  });

  it('set a name right to left when its first letter is Arabic-script, whatever comes first', () => {
    expect(directionOf('2 ليلى حسن')).toBe('rtl');
    expect(directionOf('زهرا محمدی')).toBe('rtl');
    expect(directionOf('Layla حسن')).toBe('ltr');
    expect(directionOf('ਗੁਰਪ੍ਰੀਤ')).toBe('ltr');
  });
});
