import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { mayReportOn, maySeeStudentNumbers } from '../access/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, invalidInput, notFound } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { writeEvent } from '../events/outbox.js';
import { CompletionReportService, type ReportFile } from '../reports/completion-report.service.js';
import { readReportLink } from './report-link.js';
import { eligibleRecipients, type Recipient } from './report-recipients.js';
import { scheduleFilterInput } from './report-schedule-filter.js';
import {
  REPORT_FORMATS,
  REPORT_FREQUENCIES,
  REPORT_PERIODS,
  ReportSchedule,
  type ReportFormat,
  type ReportFrequency,
  type ReportPeriod,
} from './report-schedule.entity.js';
import { ReportScheduleRecipient } from './report-schedule-recipient.entity.js';
import type { ReportScheduleInput, ReportScheduleView } from './report-schedule.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RECIPIENTS = 20;
/** "Send now" waits this long after any sending of the same schedule, so that a double click, or a loop, mails people once. */
const SEND_AGAIN_AFTER_MINUTES = 5;
const linkRefused = (reason: string, message: string) => new DomainError('NOT_FOUND', message, { reason });

/** The first sending: one period after the schedule is made. */
export function firstRun(frequency: ReportFrequency, from: Date): Date {
  const next = new Date(from);
  if (frequency === 'weekly') next.setUTCDate(next.getUTCDate() + 7);
  else next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
}

/**
 * Scheduled reports: made by an organisation's partner admins for its staff, sent by the worker as a
 * signed, expiring link that works only for its recipient, logged in, while they are still staff there.
 */
@Injectable()
export class ReportSchedulesService {
  constructor(
    private readonly em: EntityManager,
    private readonly report: CompletionReportService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private assertReader(viewer: Viewer, organisationId: string) {
    if (!UUID.test(organisationId) || !mayReportOn(viewer, organisationId)) throw notFound('That organisation');
  }

  async candidates(viewer: Viewer, organisationId: string): Promise<Recipient[]> {
    this.assertReader(viewer, organisationId);
    return eligibleRecipients(this.em, organisationId);
  }

  async list(viewer: Viewer, organisationId: string): Promise<ReportScheduleView[]> {
    this.assertReader(viewer, organisationId);
    const schedules = await this.em.find(
      ReportSchedule,
      { organisation: organisationId },
      { populate: ['classroom'], orderBy: { createdAt: 'asc' } },
    );
    const recipients = await this.em.find(
      ReportScheduleRecipient,
      { schedule: { $in: schedules.map((s) => s.id) } },
      { populate: ['user'] },
    );
    return schedules.map((s) => ({
      id: s.id,
      frequency: s.frequency,
      format: s.format,
      courseId: s.courseId ?? null,
      classroomId: s.classroom?.id ?? null,
      className: s.classroom?.name ?? null,
      period: s.period ?? null,
      status: s.status ?? null,
      recipients: recipients
        .filter((r) => r.schedule.id === s.id)
        .map((r) => ({ userId: r.user.id, displayName: r.user.displayName, email: r.user.email ?? '' })),
      nextRunAt: s.nextRunAt,
      lastSentAt: s.lastSentAt ?? null,
    }));
  }

  /** Checks everything before anything is stored: frequency, format, filters, and that every address is the organisation's staff. */
  async create(viewer: Viewer, input: ReportScheduleInput): Promise<ReportScheduleView> {
    this.assertReader(viewer, input.organisationId);
    if (!REPORT_FREQUENCIES.includes(input.frequency as ReportFrequency))
      throw invalidInput('REPORT_FREQUENCY_UNKNOWN', 'Reports are sent weekly or monthly.');
    if (!REPORT_FORMATS.includes(input.format as ReportFormat)) throw invalidInput('REPORT_FORMAT_UNKNOWN', 'Reports are CSV or XLSX.');
    const period = input.period?.trim() || null;
    if (period && !REPORT_PERIODS.includes(period as ReportPeriod))
      throw invalidInput('REPORT_PERIOD_UNKNOWN', 'Choose one of the periods offered, or none.');
    // The same checks as the report's own filters (a class of this organisation, a real course, a known status).
    const filter = await this.report.checkFilter(
      input.organisationId,
      scheduleFilterInput(
        {
          courseId: input.courseId ?? null,
          classroomId: input.classroomId ?? null,
          period: period as ReportPeriod | null,
          status: input.status ?? null,
          createdAt: new Date(),
        },
        new Date(),
      ),
    );
    const emails = [...new Set(input.recipients.map((e) => e.trim().toLowerCase()).filter(Boolean))];
    if (!emails.length) throw invalidInput('REPORT_RECIPIENTS_EMPTY', 'Choose at least one person to send the report to.');
    if (emails.length > MAX_RECIPIENTS)
      throw invalidInput('REPORT_RECIPIENTS_TOO_MANY', `At most ${MAX_RECIPIENTS} people.`, { max: MAX_RECIPIENTS });
    const recipients = await eligibleRecipients(this.em, input.organisationId, { emails });
    const outside = emails.find((e) => !recipients.some((r) => r.email.toLowerCase() === e));
    if (outside)
      throw invalidInput('REPORT_RECIPIENT_NOT_MEMBER', `${outside} is not a staff member of this organisation.`, { email: outside });
    const id = await this.em.fork().transactional(async (em) => {
      const schedule = em.create(ReportSchedule, {
        organisation: input.organisationId,
        createdBy: viewer.userId,
        frequency: input.frequency as ReportFrequency,
        format: input.format as ReportFormat,
        courseId: filter.courseId,
        classroom: filter.classroomId,
        period: period as ReportPeriod | null,
        status: filter.status,
        nextRunAt: firstRun(input.frequency as ReportFrequency, new Date()),
      });
      for (const r of recipients) em.create(ReportScheduleRecipient, { schedule, user: r.userId });
      await em.flush();
      return schedule.id;
    });
    return (await this.list(viewer, input.organisationId)).find((s) => s.id === id)!;
  }

  async remove(viewer: Viewer, scheduleId: string): Promise<boolean> {
    const schedule = UUID.test(scheduleId) ? await this.em.findOne(ReportSchedule, scheduleId) : null;
    if (!schedule || !mayReportOn(viewer, schedule.organisation.id)) throw notFound('That schedule');
    await this.em.nativeDelete(ReportSchedule, { id: scheduleId });
    return true;
  }

  /**
   * Sends the report at once to the schedule's recipients: the same outbox event as a sending that fell
   * due, so the same mail (a signed link, never the data) by the same queue. Its next run stays as it was.
   */
  async sendNow(viewer: Viewer, scheduleId: string): Promise<ReportScheduleView> {
    const schedule = UUID.test(scheduleId) ? await this.em.findOne(ReportSchedule, scheduleId) : null;
    if (!schedule || !mayReportOn(viewer, schedule.organisation.id)) throw notFound('That schedule');
    const organisationId = schedule.organisation.id;
    const recipients = await this.em.find(ReportScheduleRecipient, { schedule: scheduleId });
    const eligible = await eligibleRecipients(this.em, organisationId, { userIds: recipients.map((r) => r.user.id) });
    if (!eligible.length) throw invalidInput('REPORT_RECIPIENTS_NONE_LEFT', 'None of its recipients is still staff of this organisation.');
    const sent = await this.em.fork().transactional(async (em) => {
      // Claimed in one statement, so two clicks at once send once.
      const claimed = await em.execute<{ id: string }[]>(
        `update report_schedule set last_sent_at = now()
          where id = ? and (last_sent_at is null or last_sent_at < now() - ? * interval '1 minute') returning id`,
        [scheduleId, SEND_AGAIN_AFTER_MINUTES],
      );
      if (claimed.length) await writeEvent(em, 'report.send-requested', { scheduleId, run: `now-${Date.now()}` });
      return claimed.length > 0;
    });
    if (!sent)
      throw invalidInput('REPORT_SENT_RECENTLY', `This report was sent less than ${SEND_AGAIN_AFTER_MINUTES} minutes ago.`, {
        minutes: SEND_AGAIN_AFTER_MINUTES,
      });
    return (await this.list(viewer, organisationId)).find((s) => s.id === scheduleId)!;
  }

  /** A mailed link, for the person logged in: signed by us, not expired, theirs, and they still staff of the organisation. */
  async open(viewer: Viewer, token: string) {
    const link = readReportLink(this.env.REPORT_LINK_SIGNING_KEY, token);
    if (!link) throw linkRefused('REPORT_LINK_INVALID', 'This report link is not valid.');
    if (link.expiresAt.getTime() <= Date.now()) throw linkRefused('REPORT_LINK_EXPIRED', 'This report link has expired.');
    if (link.userId !== viewer.userId) throw linkRefused('REPORT_LINK_NOT_YOURS', 'This report link was sent to someone else.');
    const schedule = await this.em.findOne(ReportSchedule, link.scheduleId, { populate: ['organisation'] });
    if (!schedule || !(await eligibleRecipients(this.em, schedule.organisation.id, { userIds: [viewer.userId] })).length)
      throw linkRefused('REPORT_LINK_INVALID', 'This report link is not valid.');
    return { schedule, expiresAt: link.expiresAt };
  }

  /** The report a link opens, as its recipient may read it (student numbers only for the organisation's partner admins). */
  async linkFile(viewer: Viewer, token: string): Promise<{ format: ReportFormat; file: ReportFile }> {
    const { schedule } = await this.open(viewer, token);
    const organisationId = schedule.organisation.id;
    const filter = await this.report.checkFilter(
      organisationId,
      scheduleFilterInput(
        {
          courseId: schedule.courseId ?? null,
          classroomId: schedule.classroom?.id ?? null,
          period: schedule.period ?? null,
          status: schedule.status ?? null,
          createdAt: schedule.createdAt,
        },
        new Date(),
      ),
    );
    return {
      format: schedule.format,
      file: { organisationId, locale: viewer.locale, filter, numbers: maySeeStudentNumbers(viewer, organisationId) },
    };
  }
}
