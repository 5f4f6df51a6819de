import { Module } from '@nestjs/common';
import { CourseModule } from '../course/course.module.js';
import { EnrolmentModule } from '../enrolment/enrolment.module.js';
import { ScormModule } from '../scorm/scorm.module.js';
import { TrackingModule } from '../tracking/tracking.module.js';
import { CompletionService } from './completion.service.js';
import { LaunchService } from './launch.service.js';
import { ProgressResolver } from './progress.resolver.js';
import { ProgressService } from './progress.service.js';
import { SequencingService } from './sequencing/sequencing.service.js';
import { SharedDataService } from './shared-data/shared-data.service.js';

/** Sequencing, course completion and launching, above the CMI store. */
@Module({
  imports: [CourseModule, EnrolmentModule, ScormModule, TrackingModule],
  providers: [ProgressService, LaunchService, CompletionService, SequencingService, SharedDataService, ProgressResolver],
  exports: [ProgressService, CompletionService],
})
export class ProgressModule {}
