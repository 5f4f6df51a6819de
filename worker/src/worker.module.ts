import { Module } from '@nestjs/common';
import { WorkerCoreModule } from '@kinship/api/worker-entry';
import { JobWorker } from './job-worker.js';

/** The worker runs on the api's own modules (configuration, database, queue, courses), without HTTP. */
@Module({
  imports: [WorkerCoreModule],
  providers: [JobWorker],
})
export class WorkerModule {}
