import { Module } from '@nestjs/common';
import { CourseModule } from '../course/course.module.js';
import { ContentLinks } from './content-links.js';
import { ContentServer } from './content-server.js';
import { CourseExportController } from './course-export.controller.js';
import { PackageImportResolver } from './package-import.resolver.js';
import { PackageImportService } from './package-import.service.js';
import { PackageUploadController } from './package-upload.controller.js';

@Module({
  providers: [ContentLinks, ContentServer, PackageImportService, PackageImportResolver],
  imports: [CourseModule],
  controllers: [PackageUploadController, CourseExportController],
  exports: [ContentLinks],
})
export class ScormModule {}
