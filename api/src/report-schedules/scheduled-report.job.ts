import type { EntityManager } from '@mikro-orm/postgresql';
import type { Env } from '../config/env.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { lifetimeIn, mailLocaleOf, renderMail } from '../mail/mail-render.js';
import type { MailTransport } from '../mail/mail-transport.js';
import { signReportLink } from './report-link.js';
import { eligibleRecipients } from './report-recipients.js';

/**
 * Claims every schedule that is due, moving its next run on by one period in the same statement (so two
 * sweeps never both claim it), and queues one mail per recipient, with a job id per run and recipient
 * so that a repeated sweep or a retry queues it once.
 */
export async function sweepReportSchedules(em: EntityManager, jobs: JobQueue): Promise<number> {
  const claimed = await em.getConnection().execute<{ id: string; run_at: Date | string }[]>(
    `update report_schedule set last_sent_at = now(),
            next_run_at = next_run_at + case frequency when 'weekly' then interval '7 days' else interval '1 month' end
      where next_run_at <= now()
      returning id, next_run_at as run_at`,
  );
  for (const schedule of claimed) {
    const recipients = await em
      .getConnection()
      .execute<{ user_id: string }[]>(`select user_id from report_schedule_recipient where schedule_id = ?`, [schedule.id]);
    const run = new Date(schedule.run_at).getTime();
    for (const { user_id } of recipients)
      await jobs.add(
        'reports.mail',
        { scheduleId: schedule.id, userId: user_id },
        { jobId: `report-mail-${schedule.id}-${run}-${user_id}` },
      );
  }
  return claimed.length;
}

const FREQUENCY_WORDS = { en: { weekly: 'weekly', monthly: 'monthly' }, fr: { weekly: 'hebdomadaire', monthly: 'mensuel' } } as const;

/**
 * Mails one recipient the link to their report: signed, expiring, and useless without their log-in.
 * Someone who is no longer the organisation's staff (or lost their address) is sent nothing.
 */
export async function mailScheduledReport(
  deps: { em: EntityManager; transport: MailTransport; env: Env },
  scheduleId: string,
  userId: string,
) {
  const [schedule] = await deps.em
    .getConnection()
    .execute<{ organisation_id: string; name: string; frequency: 'weekly' | 'monthly' }[]>(
      `select s.organisation_id, o.name, s.frequency from report_schedule s join organisation o on o.id = s.organisation_id where s.id = ?`,
      [scheduleId],
    );
  if (!schedule) return 'skipped';
  const [recipient] = await eligibleRecipients(deps.em, schedule.organisation_id, { userIds: [userId] });
  if (!recipient) return 'skipped';
  const locale = mailLocaleOf(recipient.locale);
  const expiresAt = new Date(Date.now() + deps.env.REPORT_LINK_HOURS * 3_600_000);
  const token = signReportLink(deps.env.REPORT_LINK_SIGNING_KEY, { scheduleId, userId, expiresAt });
  const values = {
    name: recipient.displayName,
    organisation: schedule.name,
    frequencyWord: FREQUENCY_WORDS[locale][schedule.frequency],
    lifetime: lifetimeIn(locale, Math.round(deps.env.REPORT_LINK_HOURS * 60)),
  };
  await deps.transport.send(recipient.email, renderMail('scheduled_report', locale, values, `${deps.env.WEB_URL}/report-links/${token}`));
  return 'sent';
}
