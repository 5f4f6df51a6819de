import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ENV, type Env } from '@kinship/api/config/env';
import { CourseService } from '@kinship/api/course/course.service';
import { bullConnection, QUEUE_NAME, type JobMap, type JobName } from '@kinship/api/jobs/job-map';
import { JobQueue } from '@kinship/api/jobs/job-queue';
import { PACKAGE_STORAGE } from '@kinship/api/storage/storage.module';
import type { PackageStorage } from '@kinship/api/storage/package-storage';
import { Worker, type Job } from 'bullmq';
import { issueCertificate } from './certificate/issue-certificate.js';
import { sweepCertificates } from './certificate/sweep-certificates.js';
import { runPackageImport } from './package-import/run-package-import.js';
import { pruneSessions } from './sessions/prune-sessions.js';

type Handlers = { [N in JobName]: (data: JobMap[N], job: Job) => Promise<unknown> };

/** Consumes the job queue. Each job gets its own EntityManager (a fork), never a shared one. */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobWorker');
  private worker?: Worker;

  private readonly handlers: Handlers = {
    'certificate.issue': ({ enrolmentId }) => issueCertificate(this.orm.em.fork(), this.courses, this.env.WEB_URL, enrolmentId),
    'certificate.sweep': () => sweepCertificates(this.orm.em.fork(), this.jobs),
    'sessions.prune': () => pruneSessions(this.orm.em.fork()),
    'package.import': ({ importId }, job) =>
      runPackageImport({ em: this.orm.em.fork(), storage: this.storage, limits: this.zipLimits() }, importId, job),
  };

  constructor(
    private readonly orm: MikroORM,
    private readonly courses: CourseService,
    private readonly jobs: JobQueue,
    @Inject(ENV) private readonly env: Env,
    @Inject(PACKAGE_STORAGE) private readonly storage: PackageStorage,
  ) {}

  private zipLimits() {
    return {
      maxEntries: this.env.PACKAGE_MAX_ENTRIES,
      maxUnpackedBytes: this.env.PACKAGE_MAX_UNPACKED_BYTES,
      maxRatio: this.env.PACKAGE_MAX_RATIO,
    };
  }

  async onApplicationBootstrap() {
    this.worker = new Worker(QUEUE_NAME, (job) => this.run(job), {
      connection: bullConnection(this.env.REDIS_URL),
      prefix: this.env.REDIS_PREFIX,
      concurrency: 4,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
    this.worker.on('completed', (job) => this.logger.log(`job ${job.name} ${job.id} done`));
    // Repairs certificates whose job was lost (e.g. Redis was down when a course was completed).
    await this.jobs.queue.upsertJobScheduler('certificate-sweep', { every: 60_000 }, { name: 'certificate.sweep', data: {} });
    await this.jobs.queue.upsertJobScheduler('sessions-prune', { every: 3_600_000 }, { name: 'sessions.prune', data: {} });
    this.logger.log(`worker consuming queue "${QUEUE_NAME}" with prefix "${this.env.REDIS_PREFIX}"`);
  }

  private run(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName] as ((data: unknown, job: Job) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`no handler for job "${job.name}"`);
    return handler(job.data, job);
  }

  async onApplicationShutdown() {
    // Lets running jobs finish; unfinished ones are picked up again after a restart.
    await this.worker?.close();
  }
}
