import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { sendReport } from '../reports/report-response.js';
import { ReportSchedulesService } from './report-schedules.service.js';

/** A scheduled report's file, for the link's recipient, logged in (the global guard refuses anyone else first). */
@Controller('report-links/:token')
export class ReportLinkController {
  constructor(private readonly schedules: ReportSchedulesService) {}

  @Get('report')
  async download(@CurrentViewer() viewer: Viewer, @Param('token') token: string, @Res() res: Response) {
    const { format, rows } = await this.schedules.linkRows(viewer, token);
    await sendReport(res, format, rows, viewer.locale, format === 'csv');
  }
}
