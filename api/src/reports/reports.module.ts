import { Module } from '@nestjs/common';
import { CompletionReportResolver } from './completion-report.resolver.js';
import { CompletionReportService } from './completion-report.service.js';
import { ReportDashboardService } from './report-dashboard.service.js';
import { ReportDownloadController } from './report-download.controller.js';
import { ReportResultPlans } from './report-result-plans.js';

@Module({
  providers: [CompletionReportService, ReportResultPlans, ReportDashboardService, CompletionReportResolver],
  controllers: [ReportDownloadController],
  exports: [CompletionReportService],
})
export class ReportsModule {}
