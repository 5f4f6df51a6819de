import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { pdfFontFiles, readPdfFonts } from './pdf-fonts.js';

/**
 * Typst (through its Node binding), the one PDF engine of the api: HarfBuzz-equivalent shaping (rustybuzz),
 * the Unicode bidirectional algorithm and per-character font fallback, with the fonts it was given and
 * nothing fetched. One per process (PdfModule). The font files are checked when it is made (at start-up,
 * where a missing one stops the process); the engine, its native binding and the fonts (about 70 MB
 * resident) are loaded on the first PDF, so a process that never prints one (most api processes: cards
 * are rare) never carries them.
 */
export class TypstPdf {
  private readonly fontFiles: string[];
  private compiler: Promise<NodeCompiler> | null = null;

  constructor(fontFiles: string[] = pdfFontFiles()) {
    this.fontFiles = fontFiles;
  }

  /** Whether the engine was loaded (or is loading): not until the first PDF. */
  get loaded(): boolean {
    return this.compiler !== null;
  }

  /**
   * Compiles a template that reads every value from `sys.inputs` (JSON strings, never spliced into the
   * markup, so a name is always text, whatever characters it holds).
   */
  async pdf(template: string, inputs: Record<string, string>, createdAt: Date): Promise<Buffer> {
    const pdf = this.compile(await this.engine(), template, inputs, createdAt);
    // The templates hold no Arabic-script text of their own, so the inputs say whether the fix is needed.
    const arabicScript = Object.values(inputs).some((value) => /\p{Script=Arabic}/u.test(value));
    if (!arabicScript) return pdf;
    const { fixRightToLeftLigatureText } = await import('./right-to-left-ligature-text.js');
    return fixRightToLeftLigatureText(pdf);
  }

  /** The compiler, made once: PDFs asked for while it loads wait for the same one. A failed load is tried again next time. */
  private engine(): Promise<NodeCompiler> {
    this.compiler ??= (async () => {
      const [{ NodeCompiler: Compiler }, fonts] = await Promise.all([
        import('@myriaddreamin/typst-ts-node-compiler'),
        readPdfFonts(this.fontFiles),
      ]);
      return Compiler.create({ fontArgs: [{ fontBlobs: fonts }] });
    })();
    void this.compiler.catch(() => (this.compiler = null));
    return this.compiler;
  }

  private compile(compiler: NodeCompiler, template: string, inputs: Record<string, string>, createdAt: Date): Buffer {
    try {
      return compiler.pdf({ mainFileContent: template, inputs }, { creationTimestamp: Math.floor(createdAt.getTime() / 1000) });
    } finally {
      // Typst memoises every compilation. Measured over 2,000 certificates: keeping entries for even a few
      // compilations grew the process by ~25 KB a certificate; clearing all of them keeps it flat (~1 ms more each).
      compiler.evictCache(0);
    }
  }
}
