import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CompletionReportService } from '../reports/completion-report.service.js';
import { sendReport } from '../reports/report-response.js';
import { ReportSchedulesService } from './report-schedules.service.js';

/** A scheduled report's file, for the link's recipient, logged in (the global guard refuses anyone else first). */
@Controller('report-links/:token')
export class ReportLinkController {
  constructor(
    private readonly schedules: ReportSchedulesService,
    private readonly report: CompletionReportService,
  ) {}

  @Get('report')
  async download(@CurrentViewer() viewer: Viewer, @Param('token') token: string, @Res() res: Response) {
    const { format, file } = await this.schedules.linkFile(viewer, token);
    await sendReport(res, format, (out) => this.report.write(file, format, out, format === 'csv'));
  }
}
