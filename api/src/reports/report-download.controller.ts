import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CompletionReportService } from './completion-report.service.js';
import { reportColumns } from './report-columns.js';
import { writeCsv } from './report-csv.js';
import type { ReportFilterInput } from './report-filter.js';
import { writeXlsx } from './report-xlsx.js';

/** The download's query string as report filters (the same names as the report page's address). */
function filterOf(query: Record<string, string | undefined>): ReportFilterInput {
  return {
    courseId: query.course,
    classroomId: query.class,
    from: query.from,
    to: query.to,
    status: query.status,
    sort: query.sort,
    descending: query.dir === 'desc',
  };
}

/**
 * The completion report as files, streamed as the rows are read. Filters and access are checked before
 * the first byte (a clear error, not a broken file); once streaming, a failure cuts the connection
 * without the closing chunk, so neither the browser nor a cache can take half a file for a whole one.
 */
@Controller('reports/:organisationId')
export class ReportDownloadController {
  private readonly logger = new Logger('ReportDownload');

  constructor(private readonly report: CompletionReportService) {}

  @Get('completion.csv')
  async csv(
    @CurrentViewer() viewer: Viewer,
    @Param('organisationId') organisationId: string,
    @Query() query: Record<string, string | undefined>,
    @Res() res: Response,
  ) {
    const rows = await this.report.rows(viewer, organisationId, filterOf(query));
    this.start(res, 'text/csv; charset=utf-8', 'csv');
    await this.stream(res, writeCsv(rows, reportColumns(viewer.locale), query.bom === '1', res));
  }

  @Get('completion.xlsx')
  async xlsx(
    @CurrentViewer() viewer: Viewer,
    @Param('organisationId') organisationId: string,
    @Query() query: Record<string, string | undefined>,
    @Res() res: Response,
  ) {
    const rows = await this.report.rows(viewer, organisationId, filterOf(query));
    this.start(res, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx');
    await this.stream(res, writeXlsx(rows, reportColumns(viewer.locale), viewer.locale === 'fr' ? 'Achèvement' : 'Completion', res));
  }

  private start(res: Response, type: string, extension: string) {
    const day = new Date().toISOString().slice(0, 10);
    res
      .status(200)
      .type(type)
      .setHeader('Content-Disposition', `attachment; filename="completion-report-${day}.${extension}"`)
      .setHeader('Cache-Control', 'private, no-store');
  }

  private async stream(res: Response, writing: Promise<void>) {
    try {
      await writing;
    } catch (error) {
      this.logger.warn(`report download stopped: ${error instanceof Error ? error.message : String(error)}`);
      res.destroy();
    }
  }
}
