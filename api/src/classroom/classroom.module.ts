import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CourseModule } from '../course/course.module.js';
import { AssignmentEnrolments } from './assignment-enrolments.js';
import { AssignmentService } from './assignment.service.js';
import { ClassLearnerResolver } from './class-learner.resolver.js';
import { ClassMembershipService } from './class-membership.service.js';
import { ClassRosterService } from './class-roster.service.js';
import { ClassSignInService } from './class-sign-in.service.js';
import { ClassStudentsService } from './class-students.service.js';
import { ClassroomAccess } from './classroom-access.js';
import { ClassroomResolver } from './classroom.resolver.js';
import { ClassroomService } from './classroom.service.js';
import { CodeGuessLimiter } from './code-guess-limiter.js';
import { MyClassesService } from './my-classes.service.js';
import { StudentAccountService } from './student-accounts.service.js';

@Module({
  imports: [AuthModule, CourseModule],
  providers: [
    ClassroomAccess,
    ClassroomService,
    StudentAccountService,
    AssignmentEnrolments,
    AssignmentService,
    CodeGuessLimiter,
    ClassStudentsService,
    ClassRosterService,
    ClassMembershipService,
    ClassSignInService,
    MyClassesService,
    ClassroomResolver,
    ClassLearnerResolver,
  ],
  exports: [ClassroomAccess, StudentAccountService, AssignmentEnrolments],
})
export class ClassroomModule {}
