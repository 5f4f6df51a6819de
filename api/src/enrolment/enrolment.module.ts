import { Module } from '@nestjs/common';
import { CertificateModule } from '../certificate/certificate.module.js';
import { CourseModule } from '../course/course.module.js';
import { CourseEnrolmentResolver } from './course-enrolment.resolver.js';
import { EnrolmentResolver } from './enrolment.resolver.js';
import { EnrolmentService } from './enrolment.service.js';

@Module({
  imports: [CourseModule, CertificateModule],
  providers: [EnrolmentService, EnrolmentResolver, CourseEnrolmentResolver],
  exports: [EnrolmentService],
})
export class EnrolmentModule {}
