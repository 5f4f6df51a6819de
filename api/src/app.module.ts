import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { AdminModule } from './admin/admin.module.js';
import { AccountModule } from './account/account.module.js';
import { AssessmentModule } from './assessment/assessment.module.js';
import { AuthoringModule } from './authoring/authoring.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CertificateModule } from './certificate/certificate.module.js';
import { ClassroomModule } from './classroom/classroom.module.js';
import { ClassProgressModule } from './class-progress/class-progress.module.js';
import { ErrorFilter } from './common/error.filter.js';
import { ConfigModule } from './config/config.module.js';
import { loadEnv } from './config/env.js';
import { CourseModule } from './course/course.module.js';
import { DatabaseModule } from './database/database.module.js';
import { SqlPoolModule } from './database/sql-pool.js';
import { EnrolmentModule } from './enrolment/enrolment.module.js';
import { FunderReportModule } from './funder-report/funder-report.module.js';
import { graphqlConfig } from './graphql/graphql.config.js';
import { HealthController } from './health/health.controller.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MfaModule } from './mfa/mfa.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { OrganisationPeopleModule } from './organisation-people/organisation-people.module.js';
import { ProgressModule } from './progress/progress.module.js';
import { RedisModule } from './redis/redis.module.js';
import { ReflectionModule } from './reflection/reflection.module.js';
import { ReportSchedulesModule } from './report-schedules/report-schedules.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { RosterModule } from './roster/roster.module.js';
import { ScormModule } from './scorm/scorm.module.js';
import { StorageModule } from './storage/storage.module.js';
import { TrackingModule } from './tracking/tracking.module.js';

/** Modules shared by the api and the worker: configuration, logging, database, Redis, job queue. */
export const coreModules = [
  ConfigModule,
  LoggerModule.forRoot({
    pinoHttp: {
      level: loadEnv().LOG_LEVEL,
      // Never log session cookies or credentials.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  }),
  DatabaseModule,
  SqlPoolModule,
  RedisModule,
  JobsModule,
  StorageModule,
];

/** Every feature module with a resolver; the schema printer builds the schema from these. */
export const featureModules = [
  AuthModule,
  AccountModule,
  PrivacyModule,
  CourseModule,
  AuthoringModule,
  EnrolmentModule,
  TrackingModule,
  ProgressModule,
  AssessmentModule,
  ReflectionModule,
  CertificateModule,
  ScormModule,
  ClassroomModule,
  RosterModule,
  ClassProgressModule,
  MfaModule,
  AdminModule,
  ReportsModule,
  ReportSchedulesModule,
  OrganisationPeopleModule,
  FunderReportModule,
];

@Module({
  imports: [...coreModules, GraphQLModule.forRoot(graphqlConfig()), ...featureModules],
  controllers: [HealthController],
  providers: [{ provide: APP_FILTER, useClass: ErrorFilter }],
})
export class AppModule {}
