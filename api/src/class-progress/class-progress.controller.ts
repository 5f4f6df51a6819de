import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { progressCsv, csvWords } from './class-progress-csv.js';
import { ClassProgressService } from './class-progress.service.js';

/** The grid as a CSV download, with the same sort and filter as the page. */
@Controller('classrooms/:classroomId')
export class ClassProgressController {
  constructor(private readonly progress: ClassProgressService) {}

  @Get('progress.csv')
  async csv(
    @CurrentViewer() viewer: Viewer,
    @Param('classroomId', ParseUUIDPipe) classroomId: string,
    @Query() query: Record<string, string | undefined>,
    @Res() res: Response,
  ) {
    const numbers = await this.progress.studentNumbers(viewer, classroomId);
    const grid = await this.progress.grid(viewer, classroomId, {
      courseId: query.course || null,
      sort: query.sort ?? null,
      descending: query.dir === 'desc',
      status: query.status || null,
      overdueOnly: query.overdue === '1',
      search: query.q ?? null,
    });
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="class-progress.csv"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(progressCsv(grid, csvWords(viewer.locale), numbers));
  }
}
