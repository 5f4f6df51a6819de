import { readFile } from 'node:fs/promises';
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { mayExportCourses } from '../../access/permissions.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, invalidInput } from '../../common/domain-error.js';
import { readCourseMedia } from '../../course/course-media-store.js';
import { CourseService } from '../../course/course.service.js';
import type { PackageStorage } from '../../storage/package-storage.js';
import { PACKAGE_STORAGE } from '../../storage/storage.module.js';
import { coursePackage, type ExportFormat } from './course-package.js';

const FORMATS: readonly ExportFormat[] = ['scorm12', 'scorm2004'];
// The compiled browser player that goes into every export (built from runtime/export-player.ts).
const PLAYER_SCRIPT = new URL('../runtime/export-player.js', import.meta.url);

/**
 * A native course as a SCORM 1.2 or 2004 zip, for another LMS. Trainers and admins only: the zip
 * holds the knowledge checks' answers, which learners never receive from the platform.
 */
@Controller('course-exports')
export class CourseExportController {
  constructor(
    @Inject(PACKAGE_STORAGE) private readonly storage: PackageStorage,
    private readonly courses: CourseService,
  ) {}

  @Get(':courseId/:format')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Param('courseId') courseId: string,
    @Param('format') format: string,
    @Query('locale') locale: string | undefined,
    @Res() res: Response,
  ) {
    if (!mayExportCourses(viewer)) throw forbidden();
    if (!FORMATS.includes(format as ExportFormat)) throw invalidInput('EXPORT_FORMAT', 'Choose scorm12 or scorm2004.');
    const version = await this.courses.latestVersionOf(courseId);
    const content = await this.courses.content(version.id);
    if (content.scorm)
      throw invalidInput('EXPORT_OF_PACKAGE', 'This course was imported from a SCORM package; download the original package instead.');
    const served = locale && content.locales.includes(locale) ? locale : content.sourceLocale;
    const zip = await coursePackage({
      content,
      version: version.version,
      locale: served,
      format: format as ExportFormat,
      playerScript: await readFile(PLAYER_SCRIPT, 'utf8'),
      media: (fileName) => readCourseMedia(this.storage, fileName),
    });
    res
      .type('application/zip')
      .setHeader('Content-Disposition', `attachment; filename="${courseId}-v${version.version}-${served}-${format}.zip"`)
      .send(zip);
  }
}
