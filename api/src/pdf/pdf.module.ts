import { Module } from '@nestjs/common';
import { TypstPdf } from './typst-pdf.js';

/**
 * One Typst engine (and one copy of the fonts) per process, shared by certificates and sign-in cards. Made
 * at start-up, which checks that every font file is there; the engine and fonts load with the first PDF.
 */
@Module({
  providers: [{ provide: TypstPdf, useFactory: () => new TypstPdf() }],
  exports: [TypstPdf],
})
export class PdfModule {}
