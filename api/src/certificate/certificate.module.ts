import { Module } from '@nestjs/common';
import { CertificateController } from './certificate.controller.js';
import { CertificateResolver } from './certificate.resolver.js';
import { CertificateService } from './certificate.service.js';

@Module({
  providers: [CertificateService, CertificateResolver],
  controllers: [CertificateController],
  exports: [CertificateService],
})
export class CertificateModule {}
