import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { bullConnection, ENV, JobHandlers, JobQueue, QUEUE_NAME, recurringJobs, type Env } from '@kinship/api/worker-entry';
import { Worker } from 'bullmq';

/** Consumes the job queue: wires the api's job handlers to BullMQ and keeps the recurring jobs scheduled. */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobWorker');
  private worker?: Worker;

  constructor(
    private readonly handlers: JobHandlers,
    private readonly jobs: JobQueue,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async onApplicationBootstrap() {
    this.worker = new Worker(QUEUE_NAME, (job) => this.handlers.run(job), {
      connection: bullConnection(this.env.REDIS_URL),
      prefix: this.env.REDIS_PREFIX,
      concurrency: 4,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
    this.worker.on('completed', (job) => this.logger.log(`job ${job.name} ${job.id} done`));
    for (const { id, name, every } of recurringJobs(this.env)) await this.jobs.queue.upsertJobScheduler(id, { every }, { name, data: {} });
    this.logger.log(`worker consuming queue "${QUEUE_NAME}" with prefix "${this.env.REDIS_PREFIX}"`);
  }

  async onApplicationShutdown() {
    // Lets running jobs finish; unfinished ones are picked up again after a restart.
    await this.worker?.close();
  }
}
