import { Module } from '@nestjs/common';
import { TypstPdf } from './typst-pdf.js';

/** One Typst engine (and one copy of the fonts) per process, shared by certificates and sign-in cards. */
@Module({
  providers: [{ provide: TypstPdf, useFactory: () => new TypstPdf() }],
  exports: [TypstPdf],
})
export class PdfModule {}
