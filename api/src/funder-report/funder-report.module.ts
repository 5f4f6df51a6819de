import { Module } from '@nestjs/common';
import { FunderReportResolver } from './funder-report.resolver.js';
import { FunderReportService } from './funder-report.service.js';

@Module({ providers: [FunderReportService, FunderReportResolver] })
export class FunderReportModule {}
