import 'reflect-metadata';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { coreModules } from '../app.module.js';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { EnrolmentModule } from '../enrolment/enrolment.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { ReflectionModule } from '../reflection/reflection.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { TrackingModule } from '../tracking/tracking.module.js';

/** The learner-facing services (and the partner report's) without HTTP, for the middle tier of tests (in process, on a real database). */
@Module({
  imports: [...coreModules, AuthModule, EnrolmentModule, TrackingModule, ProgressModule, AssessmentModule, ReflectionModule, ReportsModule],
})
class ServiceTestModule {}

/**
 * Boots the api's services in this process on the database and Redis the environment names (the
 * caller sets DATABASE_URL, REDIS_URL, REDIS_PREFIX first). Close it at the end.
 */
export function createServiceContext(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(ServiceTestModule, { logger: ['error', 'warn'] });
}

export type ServiceContext = INestApplicationContext;

/** Runs work as one request does: with a fresh EntityManager of its own (the api never shares one). */
export function inRequest<T>(app: ServiceContext, work: () => Promise<T>): Promise<T> {
  return RequestContext.create(app.get(MikroORM).em, work);
}
