import { Module } from '@nestjs/common';
import { CourseModule } from '../course/course.module.js';
import { ContentLinks } from './content/content-links.js';
import { ContentServer } from './content/content-server.js';
import { CourseExportController } from './export/course-export.controller.js';
import { PackageImportResolver } from './import/package-import.resolver.js';
import { PackageImportService } from './import/package-import.service.js';
import { PackageUploadController } from './import/package-upload.controller.js';

@Module({
  providers: [ContentLinks, ContentServer, PackageImportService, PackageImportResolver],
  imports: [CourseModule],
  controllers: [PackageUploadController, CourseExportController],
  exports: [ContentLinks],
})
export class ScormModule {}
