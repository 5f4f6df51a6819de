import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CourseFolderService } from './course-folder.service.js';
import { DraftService } from './draft.service.js';

/**
 * Raw-body uploads and downloads the GraphQL api does not carry: course folder zips in and out, and media for a
 * draft. The web server streams them through, so a large file is never held whole in memory.
 */
@Controller('authoring')
export class CourseFolderController {
  constructor(
    private readonly folders: CourseFolderService,
    private readonly drafts: DraftService,
  ) {}

  @Post('uploads')
  async upload(@CurrentViewer() viewer: Viewer, @Req() req: Request, @Query('organisation') organisation?: string) {
    const draft = await this.folders.upload(viewer, req, organisation ?? null);
    return { courseId: draft.courseId, revision: draft.revision };
  }

  @Post('checks')
  @HttpCode(200)
  check(@CurrentViewer() viewer: Viewer, @Req() req: Request) {
    return this.folders.check(viewer, req);
  }

  @Post('drafts/:courseId/media')
  async media(@CurrentViewer() viewer: Viewer, @Param('courseId') courseId: string, @Req() req: Request, @Query('fileName') fileName = '') {
    const { draft, path } = await this.drafts.addMedia(viewer, courseId, fileName, req);
    return { revision: draft.revision, path };
  }

  @Get('courses/:courseId/folder.zip')
  async download(@CurrentViewer() viewer: Viewer, @Param('courseId') courseId: string, @Res() res: Response) {
    const zip = await this.folders.download(viewer, courseId);
    res.type('application/zip').setHeader('Content-Disposition', `attachment; filename="${courseId}.zip"`);
    await pipeline(zip, res);
  }
}
