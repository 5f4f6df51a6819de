import { Module } from '@nestjs/common';
import { CourseModule } from '../course/course.module.js';
import { EnrolmentModule } from '../enrolment/enrolment.module.js';
import { ScormModule } from '../scorm/scorm.module.js';
import { AssessmentResolver } from './assessment.resolver.js';
import { AssessmentService } from './assessment.service.js';
import { CommitBatcher } from './commit-batcher.js';
import { CompletionService } from './completion.service.js';
import { TrackingResolver } from './tracking.resolver.js';
import { TrackingService } from './tracking.service.js';

@Module({
  imports: [CourseModule, EnrolmentModule, ScormModule],
  providers: [CommitBatcher, TrackingService, CompletionService, TrackingResolver, AssessmentService, AssessmentResolver],
  exports: [CompletionService, TrackingService],
})
export class TrackingModule {}
