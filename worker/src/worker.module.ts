import { Module } from '@nestjs/common';
import { coreModules } from '@kinship/api/app.module';
import { CourseModule } from '@kinship/api/course/course.module';
import { JobWorker } from './job-worker.js';

/** The worker runs on the api's own modules (configuration, database, queue, courses), without HTTP. */
@Module({
  imports: [...coreModules, CourseModule],
  providers: [JobWorker],
})
export class WorkerModule {}
