import { Module } from '@nestjs/common';
import { CourseModule } from '../course/course.module.js';
import { EnrolmentModule } from '../enrolment/enrolment.module.js';
import { CompletionService } from './completion.service.js';
import { TrackingResolver } from './tracking.resolver.js';
import { TrackingService } from './tracking.service.js';

@Module({
  imports: [CourseModule, EnrolmentModule],
  providers: [TrackingService, CompletionService, TrackingResolver],
  exports: [CompletionService],
})
export class TrackingModule {}
