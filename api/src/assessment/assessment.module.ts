import { Module } from '@nestjs/common';
import { CourseModule } from '../course/course.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { AssessmentResolver } from './assessment.resolver.js';
import { AssessmentService } from './assessment.service.js';

/** Knowledge checks and scenarios, judged on the server; their results are recorded through progress. */
@Module({ imports: [CourseModule, ProgressModule], providers: [AssessmentService, AssessmentResolver] })
export class AssessmentModule {}
