import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AssignmentEnrolments } from './assignment-enrolments.js';
import { ClassroomAccess } from './classroom-access.js';
import { ClassroomService } from './classroom.service.js';
import { CodeGuessLimiter } from './code-guess-limiter.js';
import { StudentAccountService } from './student-accounts.service.js';

@Module({
  imports: [AuthModule],
  providers: [ClassroomAccess, ClassroomService, StudentAccountService, AssignmentEnrolments, CodeGuessLimiter],
  exports: [ClassroomAccess, StudentAccountService, AssignmentEnrolments],
})
export class ClassroomModule {}
