import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import { ENV, type Env } from '../config/env.js';
import { bullConnection, defaultJobOptions, QUEUE_NAME, type JobMap, type JobName } from './job-map.js';

/** The typed producer side of the job queue. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  readonly queue: Queue;

  constructor(@Inject(ENV) env: Env) {
    this.queue = new Queue(QUEUE_NAME, {
      connection: bullConnection(env.REDIS_URL),
      prefix: env.REDIS_PREFIX,
      defaultJobOptions,
    });
  }

  async add<N extends JobName>(name: N, data: JobMap[N], options: JobsOptions = {}): Promise<void> {
    await this.queue.add(name, data, options);
  }

  async onApplicationShutdown() {
    await this.queue.close();
  }
}
