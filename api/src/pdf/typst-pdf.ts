import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { loadPdfFonts } from './pdf-fonts.js';
import { fixRightToLeftLigatureText } from './right-to-left-ligature-text.js';

/**
 * Typst (through its Node binding), the one PDF engine of the api: HarfBuzz-equivalent shaping (rustybuzz),
 * the Unicode bidirectional algorithm and per-character font fallback, with the fonts it was given and
 * nothing fetched. One per process (PdfModule): loading the fonts is the slow part, and it happens once,
 * at start-up, where a missing font stops the process.
 */
export class TypstPdf {
  private readonly compiler: NodeCompiler;

  constructor(fonts: Buffer[] = loadPdfFonts()) {
    this.compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: fonts }] });
  }

  /**
   * Compiles a template that reads every value from `sys.inputs` (JSON strings, never spliced into the
   * markup, so a name is always text, whatever characters it holds).
   */
  async pdf(template: string, inputs: Record<string, string>, createdAt: Date): Promise<Buffer> {
    const pdf = this.compile(template, inputs, createdAt);
    // The templates hold no Arabic-script text of their own, so the inputs say whether the fix is needed.
    const arabicScript = Object.values(inputs).some((value) => /\p{Script=Arabic}/u.test(value));
    return arabicScript ? fixRightToLeftLigatureText(pdf) : pdf;
  }

  private compile(template: string, inputs: Record<string, string>, createdAt: Date): Buffer {
    try {
      return this.compiler.pdf({ mainFileContent: template, inputs }, { creationTimestamp: Math.floor(createdAt.getTime() / 1000) });
    } finally {
      // Typst memoises every compilation. Measured over 2,000 certificates: keeping entries for even a few
      // compilations grew the process by ~25 KB a certificate; clearing all of them keeps it flat (~1 ms more each).
      this.compiler.evictCache(0);
    }
  }
}
