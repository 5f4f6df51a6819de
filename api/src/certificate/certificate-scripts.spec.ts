import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontModulePaths } from '../pdf/pdf-fonts.js';
import { drawnGlyphs, pdfjsLines, popplerLines } from '../pdf/pdf-read-back.spec-support.js';
import { scriptSamples } from '../pdf/script-samples.js';
import { CertificateRenderer, type CertificateFacts } from './certificate-pdf.js';

// PDFs and one PNG per script, kept (gitignored) so a person can look at them.
const outputDir = join(import.meta.dirname, '../../test-output/certificates');
const require = createRequire(import.meta.url);
let renderer: CertificateRenderer;

beforeAll(() => {
  mkdirSync(outputDir, { recursive: true });
  renderer = new CertificateRenderer();
});

function facts(name: string, title: string, locale: string): CertificateFacts {
  const code = 'ABCD-EFGH-JKMN-PQRS';
  return {
    learnerName: name,
    courseTitle: title,
    courseVersion: 2,
    completedAt: new Date('2026-03-04T10:00:00Z'),
    code,
    verificationUrl: `http://localhost:3000/verify/${code}`,
    locale,
  };
}

/** HarfBuzz's shaping of one word with one font file: each glyph's advance in thousandths of an em. */
function harfbuzzAdvances(fontFile: string, word: string): number[] {
  const face = new hb.Face(new hb.Blob(readFileSync(require.resolve(fontFile))));
  const font = new hb.Font(face);
  const buffer = new hb.Buffer();
  buffer.addText(word);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  return buffer.getGlyphInfos().map((g) => Math.round((font.glyphHAdvance(g.codepoint) * 1000) / face.upem));
}

const boldFont = (stem: string) => fontModulePaths().find((p) => p.includes(stem) && /Bold/.test(p))!;

describe('certificates in every script', () => {
  for (const [script, sample] of Object.entries(scriptSamples)) {
    it(`${script}: prints name and title with no missing glyph, and they read back as typed`, async () => {
      const pdf = await renderer.render(facts(sample.name, sample.title, sample.locale));
      const file = join(outputDir, `${script}.pdf`);
      writeFileSync(file, pdf);
      execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', file, join(outputDir, script)]);

      const glyphs = await drawnGlyphs(pdf);
      expect(glyphs.length).toBeGreaterThan(50);
      // Typst's subsets keep .notdef as glyph 0, so a character no font has shows as code 0.
      expect(glyphs.filter((g) => g.charCode === 0)).toEqual([]);

      const lines = popplerLines(file);
      expect(lines).toContain(sample.name);
      expect(lines).toContain(sample.title);
    });
  }

  // pdf.js ignores /ActualText, so it reads back exactly only where every glyph stands for whole characters.
  for (const script of ['hans', 'hant', 'japanese', 'korean', 'arabic', 'persian'] as const) {
    it(`${script}: pdf.js reads the name and title back as typed`, async () => {
      const sample = scriptSamples[script];
      const lines = await pdfjsLines(await renderer.render(facts(sample.name, sample.title, sample.locale)));
      // pdf.js returns right-to-left text word by word in visual order; put the words back in reading order.
      const logical = (line: string) => (script === 'arabic' || script === 'persian' ? line.split(' ').reverse().join(' ') : line);
      expect(lines.map(logical)).toContain(sample.name);
      // Latin digits inside right-to-left text come back out of place, so only CJK titles are checked here.
      if (!['arabic', 'persian'].includes(script)) expect(lines).toContain(sample.title);
    });
  }

  const shaped = { gurmukhi: 'NotoSansGurmukhi', devanagari: 'NotoSansDevanagari', arabic: 'Vazirmatn' } as const;
  for (const [script, stem] of Object.entries(shaped)) {
    it(`${script}: the name's glyphs are HarfBuzz's shaping of it with the same font`, async () => {
      const sample = scriptSamples[script as keyof typeof shaped];
      const glyphs = await drawnGlyphs(await renderer.render(facts(sample.name, sample.title, sample.locale)));
      // The name is the only text set at 26 pt; its words are split by space glyphs (from the Latin font).
      const nameGlyphs = glyphs.filter((g) => g.size === 26);
      const drawnWords: number[][] = [[]];
      for (const g of nameGlyphs) {
        if (g.unicode === ' ') drawnWords.push([]);
        else drawnWords.at(-1)!.push(Math.round(g.width));
      }
      const expected = sample.name.split(' ').map((word) => harfbuzzAdvances(boldFont(stem), word));
      const sorted = (words: number[][]) => words.map((w) => w.join(',')).sort();
      expect(sorted(drawnWords)).toEqual(sorted(expected));
      // Indic shaping changes the glyph count (conjuncts, vowel signs): not letters side by side.
      if (script !== 'arabic')
        expect(nameGlyphs.filter((g) => g.unicode !== ' ').length).not.toBe([...sample.name.replace(/ /g, '')].length);
    });
  }

  // Lam-alef and the Allah ligature are one glyph for several letters: they must not read back reversed.
  for (const name of ['صلاح علاء', 'مريم عبد الله', 'عبدالله']) {
    it(`Arabic ligatures read back as typed: ${name}`, async () => {
      const file = join(outputDir, 'arabic-ligatures.pdf');
      writeFileSync(file, await renderer.render(facts(name, 'Getting started', 'en')));
      expect(popplerLines(file)).toContain(name);
      const lines = await pdfjsLines(readFileSync(file));
      expect(lines.map((line) => line.split(' ').reverse().join(' '))).toContain(name);
    });
  }

  it('draws Han characters from the font of the language: Simplified, Traditional, Japanese or Korean forms', async () => {
    const fontsOfName = async (name: string, locale: string) => {
      const { OPS } = await getResolvedPDFJS();
      const page = await (await getDocumentProxy(new Uint8Array(await renderer.render(facts(name, 'Kinship', locale))))).getPage(1);
      const ops = await page.getOperatorList();
      const used = new Set<string>();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const [loadedName, size] = ops.argsArray[i] as [string, number];
        if (size === 26) used.add((page.commonObjs.get(loadedName) as { name: string }).name.replace(/^[A-Z]{6}\+/, ''));
      });
      return [...used];
    };
    // 骨 and 直 are drawn differently in each convention.
    expect(await fontsOfName('骨直', 'zh-Hans')).toEqual(['NotoSansSC-Bold']);
    expect(await fontsOfName('骨直', 'zh-Hant')).toEqual(['NotoSansTC-Bold']);
    expect(await fontsOfName('骨直', 'ja')).toEqual(['NotoSansJP-Bold']);
    expect(await fontsOfName('骨直', 'ko')).toEqual(['NotoSansKR-Bold']);
  });

  it('shows a character that no certificate font has as .notdef, which the check above catches', async () => {
    const glyphs = await drawnGlyphs(await renderer.render(facts('தமிழ்செல்வி', 'Getting started', 'en')));
    expect(glyphs.some((g) => g.charCode === 0)).toBe(true);
  });
});
