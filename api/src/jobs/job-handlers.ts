import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { pruneSessions } from '../auth/prune-sessions.job.js';
import { CertificateRenderer } from '../certificate/certificate-pdf.js';
import { issueCertificate } from '../certificate/issue-certificate.job.js';
import { sweepCertificates } from '../certificate/sweep-certificates.job.js';
import { ENV, type Env } from '../config/env.js';
import { CourseService } from '../course/course.service.js';
import { sendAccountMail, sendNotice } from '../mail/account-mail.job.js';
import { MailTransport } from '../mail/mail-transport.js';
import { CompletionService } from '../progress/completion.service.js';
import { mailScheduledReport, queueReportMails, sweepReportSchedules } from '../report-schedules/scheduled-report.job.js';
import { runPackageImport } from '../scorm/import/package-import.job.js';
import type { PackageStorage } from '../storage/package-storage.js';
import { PACKAGE_STORAGE } from '../storage/storage.module.js';
import type { JobMap, JobName } from './job-map.js';
import { JobQueue } from './job-queue.js';

export type JobHandler<N extends JobName> = (data: JobMap[N], job: Job) => Promise<unknown>;
type Handlers = { [N in JobName]: JobHandler<N> };

/**
 * Every job's handler, each a function that lives with its feature; this only hands them what they
 * need. Each job gets its own EntityManager (a fork), never a shared one.
 */
@Injectable()
export class JobHandlers {
  readonly handlers: Handlers = {
    'certificate.issue': ({ enrolmentId }) =>
      issueCertificate(this.orm.em.fork(), this.courses, this.certificates, this.env.WEB_URL, enrolmentId),
    'certificate.sweep': () => sweepCertificates(this.orm.em.fork(), this.jobs),
    'sessions.prune': () => pruneSessions(this.orm.em.fork(), this.env),
    'progress.sweep': () => this.completion.sweep(),
    'mail.account': ({ tokenId }) => sendAccountMail(this.mailDeps(), tokenId),
    'mail.notice': ({ userId, notice, tokenId }) => sendNotice(this.mailDeps(), userId, notice, tokenId),
    'reports.schedule-sweep': () => sweepReportSchedules(this.orm.em.fork()),
    'reports.send': ({ scheduleId, run }) => queueReportMails(this.orm.em.fork(), this.jobs, scheduleId, run),
    'reports.mail': ({ scheduleId, userId }) =>
      mailScheduledReport({ em: this.orm.em.fork(), transport: this.mail, env: this.env }, scheduleId, userId),
    'package.import': ({ importId }, job) =>
      runPackageImport({ em: this.orm.em.fork(), storage: this.storage, limits: this.zipLimits() }, importId, job),
  };

  constructor(
    private readonly orm: MikroORM,
    private readonly courses: CourseService,
    private readonly jobs: JobQueue,
    private readonly completion: CompletionService,
    @Inject(ENV) private readonly env: Env,
    @Inject(PACKAGE_STORAGE) private readonly storage: PackageStorage,
    private readonly mail: MailTransport,
    private readonly certificates: CertificateRenderer,
  ) {}

  private mailDeps() {
    return { em: this.orm.em.fork(), transport: this.mail, webUrl: this.env.WEB_URL };
  }

  private zipLimits() {
    return {
      maxEntries: this.env.PACKAGE_MAX_ENTRIES,
      maxUnpackedBytes: this.env.PACKAGE_MAX_UNPACKED_BYTES,
      maxRatio: this.env.PACKAGE_MAX_RATIO,
    };
  }

  /** Runs a job by its name; a name without a handler fails the job. */
  run(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName] as JobHandler<JobName> | undefined;
    if (!handler) throw new Error(`no handler for job "${job.name}"`);
    return handler(job.data as JobMap[JobName], job);
  }
}

/** Recurring jobs and their periods, in milliseconds. */
export function recurringJobs(env: Env): { id: string; name: JobName; every: number }[] {
  return [
    // Repairs certificates whose job was lost (e.g. Redis was down when a course was completed).
    { id: 'certificate-sweep', name: 'certificate.sweep', every: 60_000 },
    // Repairs completions whose evaluation was lost (e.g. the api died between a commit and its evaluation).
    { id: 'progress-sweep', name: 'progress.sweep', every: env.PROGRESS_SWEEP_SECONDS * 1000 },
    { id: 'sessions-prune', name: 'sessions.prune', every: 3_600_000 },
    { id: 'report-schedule-sweep', name: 'reports.schedule-sweep', every: env.REPORT_SCHEDULE_SWEEP_SECONDS * 1000 },
  ];
}
