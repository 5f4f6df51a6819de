import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CompletionReportService } from './completion-report.service.js';
import type { ReportFilterInput } from './report-filter.js';
import { sendReport } from './report-response.js';

type Query = Record<string, string | undefined>;

/** The download's query string as report filters (the same names as the report page's address). */
function filterOf(query: Query): ReportFilterInput {
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

/** The completion report as files, streamed as they are written (report-response.ts). */
@Controller('reports/:organisationId')
export class ReportDownloadController {
  constructor(private readonly report: CompletionReportService) {}

  @Get('completion.csv')
  async csv(@CurrentViewer() viewer: Viewer, @Param('organisationId') organisationId: string, @Query() query: Query, @Res() res: Response) {
    const file = await this.report.file(viewer, organisationId, filterOf(query));
    await sendReport(res, 'csv', (out) => this.report.write(file, 'csv', out, query.bom === '1'));
  }

  @Get('completion.xlsx')
  async xlsx(
    @CurrentViewer() viewer: Viewer,
    @Param('organisationId') organisationId: string,
    @Query() query: Query,
    @Res() res: Response,
  ) {
    const file = await this.report.file(viewer, organisationId, filterOf(query));
    await sendReport(res, 'xlsx', (out) => this.report.write(file, 'xlsx', out));
  }
}
