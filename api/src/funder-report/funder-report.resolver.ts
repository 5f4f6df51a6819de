import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { FunderReportService } from './funder-report.service.js';
import { FunderReportView } from './funder-report.types.js';

@Resolver()
export class FunderReportResolver {
  constructor(private readonly funder: FunderReportService) {}

  @Query(() => FunderReportView, { description: 'Counts per organisation, course and month, small cells suppressed (platform admins).' })
  funderReport(@CurrentViewer() viewer: Viewer) {
    return this.funder.report(viewer);
  }
}
