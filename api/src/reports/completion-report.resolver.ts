import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CompletionReportService } from './completion-report.service.js';
import {
  CompletionReportFilter,
  CompletionReportPageView,
  ReportDashboardView,
  ReportOptionsView,
  ReportOrganisationView,
} from './completion-report.types.js';
import { ReportDashboardService } from './report-dashboard.service.js';

@Resolver()
export class CompletionReportResolver {
  constructor(
    private readonly report: CompletionReportService,
    private readonly dashboards: ReportDashboardService,
  ) {}

  @Query(() => [ReportOrganisationView], { description: 'Organisations whose reports the viewer may read.' })
  reportOrganisations(@CurrentViewer() viewer: Viewer) {
    return this.report.organisations(viewer);
  }

  @Query(() => ReportOptionsView, { description: 'The courses and classes the report can be filtered by.' })
  reportOptions(@CurrentViewer() viewer: Viewer, @Args('organisationId', { type: () => ID }) organisationId: string) {
    return this.report.options(viewer, organisationId);
  }

  @Query(() => CompletionReportPageView, { description: 'One row per learner × course of the organisation, a page at a time.' })
  completionReport(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('filter', { type: () => CompletionReportFilter, nullable: true }) filter: CompletionReportFilter | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 25 }) limit: number,
  ) {
    return this.report.page(viewer, organisationId, filter ?? {}, offset, limit);
  }

  @Query(() => ReportDashboardView, { description: "The report's rows counted: over time, by course, by class, overdue." })
  reportDashboard(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('filter', { type: () => CompletionReportFilter, nullable: true }) filter: CompletionReportFilter | null,
  ) {
    return this.dashboards.dashboard(viewer, organisationId, filter ?? {});
  }
}
