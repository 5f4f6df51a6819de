import { Controller, Headers, HttpCode, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import { invalidInput } from '../../common/domain-error.js';
import { PackageImportService } from './package-import.service.js';

const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/;

/**
 * Trainers upload a SCORM zip as the raw request body (the web server streams it through), so
 * that a large package is never held whole in memory. The import itself runs in the worker.
 */
@Controller('package-imports')
export class PackageUploadController {
  constructor(private readonly imports: PackageImportService) {}

  @Post()
  @HttpCode(202)
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Req() req: Request,
    @Headers('content-length') contentLength: string | undefined,
    @Query('fileName') fileName = 'package.zip',
    @Query('locale') locale = 'en',
    @Query('minutes') minutes = '30',
    @Query('organisation') organisationId: string | undefined,
  ): Promise<{ id: string }> {
    const estimatedMinutes = Number(minutes);
    if (!LOCALE.test(locale)) throw invalidInput('UPLOAD_LOCALE', 'Choose the language the course is written in.');
    if (!Number.isInteger(estimatedMinutes) || estimatedMinutes < 1 || estimatedMinutes > 10_000)
      throw invalidInput('UPLOAD_MINUTES', 'The estimated time must be a whole number of minutes.');
    const row = await this.imports.upload(viewer, req, {
      fileName: fileName.slice(0, 255) || 'package.zip',
      locale,
      estimatedMinutes,
      declaredBytes: contentLength ? Number(contentLength) : null,
      organisationId,
    });
    return { id: row.id };
  }
}
