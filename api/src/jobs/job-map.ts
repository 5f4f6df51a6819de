/**
 * Every background job: its name and its payload, shared by the api (producer) and the worker
 * (consumer). Payloads carry ids, never secrets or personal data.
 */
export interface JobMap {
  /** Render and store the certificate for a completed enrolment. Idempotent. */
  'certificate.issue': { enrolmentId: string };
  /** Find completed enrolments that have no certificate yet and queue them (repairs lost jobs). */
  'certificate.sweep': Record<string, never>;
  /** Complete enrolments whose units are all done but which were never marked complete (repairs a lost evaluation). */
  'progress.sweep': Record<string, never>;
  /** Validate, unpack and publish an uploaded SCORM package. */
  'package.import': { importId: string };
  /** Mail the link of a pending account token (reset, verification, e-mail change, invitation); the handler makes the link's secret. */
  'mail.account': { tokenId: string };
  /** Tell a person that their password or e-mail address changed (an e-mail change names its token, which keeps the old address). */
  'mail.notice': { userId: string; notice: 'password_changed' | 'email_changed'; tokenId?: string };
  /** Find scheduled reports that are due, move each on by its period and ask for its sending (an outbox event). */
  'reports.schedule-sweep': Record<string, never>;
  /** Queue one mail per recipient of a schedule's sending (`run`: when it fell due, or a "send now"). */
  'reports.send': { scheduleId: string; run: string };
  /** Mail one recipient the signed, expiring link to a scheduled report (never the report itself). */
  'reports.mail': { scheduleId: string; userId: string };
  /** Delete expired login sessions (they no longer work; this keeps the table small). */
  'sessions.prune': Record<string, never>;
}

export type JobName = keyof JobMap;

export const QUEUE_NAME = 'kinship';

/** Retries with exponential backoff; failed jobs are kept so that they can be seen and retried. */
export const defaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: false,
} as const;

/** BullMQ connection options from a redis:// URL (BullMQ needs maxRetriesPerRequest null for workers). */
export function bullConnection(redisUrl: string) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password || undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
  };
}
