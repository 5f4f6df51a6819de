import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CertificateService } from './certificate.service.js';

@Controller('certificates')
export class CertificateController {
  constructor(private readonly certificates: CertificateService) {}

  /** The certificate's PDF, for its owner only. */
  @Get(':id/pdf')
  async pdf(@CurrentViewer() viewer: Viewer, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const { fileName, pdf } = await this.certificates.pdf(viewer, id);
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `attachment; filename="${fileName}"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(pdf);
  }
}
