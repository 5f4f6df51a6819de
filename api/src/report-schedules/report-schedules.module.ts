import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { ReportLinkController } from './report-link.controller.js';
import { ReportSchedulesResolver } from './report-schedules.resolver.js';
import { ReportSchedulesService } from './report-schedules.service.js';

@Module({ imports: [ReportsModule], providers: [ReportSchedulesService, ReportSchedulesResolver], controllers: [ReportLinkController] })
export class ReportSchedulesModule {}
