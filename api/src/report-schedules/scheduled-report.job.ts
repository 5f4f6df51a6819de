import type { EntityManager } from '@mikro-orm/postgresql';
import type { Env } from '../config/env.js';
import { writeEvent } from '../events/outbox.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { lifetimeIn, mailLocaleOf, renderMail } from '../mail/mail-render.js';
import type { MailTransport } from '../mail/mail-transport.js';
import type { MailLocale } from '../mail/mail-messages.js';
import { signReportLink } from './report-link.js';
import { eligibleRecipients } from './report-recipients.js';

/**
 * Claims every schedule that is due, moving its next run on by one period, and writes its sending as an
 * outbox event in the same transaction (so two sweeps never both claim it, and a claimed run is never
 * lost). "Send now" writes the same event (report-schedules.service.ts): both reach the mails one way.
 */
export async function sweepReportSchedules(em: EntityManager): Promise<number> {
  return em.transactional(async (tx) => {
    const claimed = await tx.execute<{ id: string; run_at: Date | string }[]>(
      `update report_schedule set last_sent_at = now(),
              next_run_at = next_run_at + case frequency when 'weekly' then interval '7 days' else interval '1 month' end
        where next_run_at <= now()
        returning id, next_run_at as run_at`,
    );
    for (const schedule of claimed)
      await writeEvent(tx, 'report.send-requested', { scheduleId: schedule.id, run: String(new Date(schedule.run_at).getTime()) });
    return claimed.length;
  });
}

/**
 * Queues one mail per recipient of a sending, with a job id per sending and recipient, so that a repeated
 * event or a retry queues each mail once. Whether each recipient is still staff is checked as it is mailed.
 */
export async function queueReportMails(em: EntityManager, jobs: JobQueue, scheduleId: string, run: string): Promise<number> {
  const recipients = await em
    .getConnection()
    .execute<{ user_id: string }[]>(`select user_id from report_schedule_recipient where schedule_id = ?`, [scheduleId]);
  for (const { user_id } of recipients)
    await jobs.add('reports.mail', { scheduleId, userId: user_id }, { jobId: `report-mail-${scheduleId}-${run}-${user_id}` });
  return recipients.length;
}

/** The schedule's frequency as the mail's sentence uses it, per language (all but en and fr are drafts, like the mails). */
const FREQUENCY_WORDS: Record<MailLocale, Record<'weekly' | 'monthly', string>> = {
  en: { weekly: 'weekly', monthly: 'monthly' },
  fr: { weekly: 'hebdomadaire', monthly: 'mensuel' },
  ar: { weekly: 'الأسبوعي', monthly: 'الشهري' },
  'zh-Hans': { weekly: '每周', monthly: '每月' },
  'zh-Hant': { weekly: '每週', monthly: '每月' },
  hi: { weekly: 'साप्ताहिक', monthly: 'मासिक' },
  ja: { weekly: '週次', monthly: '月次' },
  ko: { weekly: '주간', monthly: '월간' },
  fa: { weekly: 'هفتگی', monthly: 'ماهانه' },
  pa: { weekly: 'ਹਫ਼ਤਾਵਾਰੀ', monthly: 'ਮਹੀਨਾਵਾਰ' },
  es: { weekly: 'semanal', monthly: 'mensual' },
  tl: { weekly: 'lingguhang', monthly: 'buwanang' },
  vi: { weekly: 'hằng tuần', monthly: 'hằng tháng' },
};

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
