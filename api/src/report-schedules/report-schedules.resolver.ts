import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ReportLinkView, ReportRecipientView, ReportScheduleInput, ReportScheduleView } from './report-schedule.types.js';
import { ReportSchedulesService } from './report-schedules.service.js';

@Resolver()
export class ReportSchedulesResolver {
  constructor(private readonly schedules: ReportSchedulesService) {}

  @Query(() => [ReportScheduleView])
  reportSchedules(@CurrentViewer() viewer: Viewer, @Args('organisationId', { type: () => ID }) organisationId: string) {
    return this.schedules.list(viewer, organisationId);
  }

  @Query(() => [ReportRecipientView], { description: 'Who may receive this organisation’s reports: its staff with an e-mail.' })
  reportRecipientCandidates(@CurrentViewer() viewer: Viewer, @Args('organisationId', { type: () => ID }) organisationId: string) {
    return this.schedules.candidates(viewer, organisationId);
  }

  @Mutation(() => ReportScheduleView)
  createReportSchedule(@CurrentViewer() viewer: Viewer, @Args('input') input: ReportScheduleInput) {
    return this.schedules.create(viewer, input);
  }

  @Mutation(() => Boolean)
  deleteReportSchedule(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.schedules.remove(viewer, id);
  }

  @Mutation(() => ReportScheduleView, { description: 'Sends the report to its recipients now (a signed link, as when it falls due).' })
  sendReportScheduleNow(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.schedules.sendNow(viewer, id);
  }

  @Query(() => ReportLinkView, { description: 'A mailed report link, for its recipient (logged in).' })
  async reportLink(@CurrentViewer() viewer: Viewer, @Args('token') token: string): Promise<ReportLinkView> {
    const { schedule, expiresAt } = await this.schedules.open(viewer, token);
    return { organisationName: schedule.organisation.name, frequency: schedule.frequency, format: schedule.format, expiresAt };
  }
}
