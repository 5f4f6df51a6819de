import { Module } from '@nestjs/common';
import { ContentLinks } from './content-links.js';
import { ContentServer } from './content-server.js';
import { PackageImportResolver } from './package-import.resolver.js';
import { PackageImportService } from './package-import.service.js';
import { PackageUploadController } from './package-upload.controller.js';

@Module({
  providers: [ContentLinks, ContentServer, PackageImportService, PackageImportResolver],
  controllers: [PackageUploadController],
  exports: [ContentLinks],
})
export class ScormModule {}
