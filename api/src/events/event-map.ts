import type { JobMap, JobName } from '../jobs/job-map.js';

/** Every domain event: its topic and payload. Payloads carry ids, never secrets or personal data. */
export interface EventMap {
  /** Every unit of an enrolment's course version is done; written once per enrolment. */
  'enrolment.completed': { enrolmentId: string };
  /** A pending account token (reset, verification, e-mail change, invitation) whose link must be mailed. */
  'account.link-requested': { tokenId: string };
  /** Something happened to an account that its owner must be told of; `noticeId` makes each notice its own job. */
  'account.notice': { noticeId: string; userId: string; notice: 'password_changed' | 'email_changed'; tokenId?: string };
  /** A scheduled report is to be sent: fallen due (`run` its due time) or asked for by "send now" (`run` says so). */
  'report.send-requested': { scheduleId: string; run: string };
}

export type EventTopic = keyof EventMap;

/** The PostgreSQL notification channel that wakes the relay when an event is written. */
export const OUTBOX_CHANNEL = 'kinship_outbox';

interface Subscription<T extends EventTopic, J extends JobName> {
  job: J;
  data: (payload: EventMap[T]) => JobMap[J];
  /** The job's id, so that relaying the same event twice queues the job once. */
  jobId: (payload: EventMap[T]) => string;
}

type Subscriptions = { [T in EventTopic]: Subscription<T, JobName>[] };

/** Who listens to what: each subscriber is a job queued when the event is relayed. Badges, grade passback and reports join here. */
export const SUBSCRIPTIONS: Subscriptions = {
  'enrolment.completed': [
    {
      job: 'certificate.issue',
      data: ({ enrolmentId }) => ({ enrolmentId }),
      jobId: ({ enrolmentId }) => `certificate-issue-${enrolmentId}`,
    },
  ],
  'account.link-requested': [
    { job: 'mail.account', data: ({ tokenId }) => ({ tokenId }), jobId: ({ tokenId }) => `mail-account-${tokenId}` },
  ],
  'report.send-requested': [
    {
      job: 'reports.send',
      data: ({ scheduleId, run }) => ({ scheduleId, run }),
      jobId: ({ scheduleId, run }) => `report-send-${scheduleId}-${run}`,
    },
  ],
  'account.notice': [
    {
      job: 'mail.notice',
      data: ({ userId, notice, tokenId }) => ({ userId, notice, tokenId }),
      jobId: ({ noticeId }) => `mail-notice-${noticeId}`,
    },
  ],
};
