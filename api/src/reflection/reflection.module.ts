import { Module } from '@nestjs/common';
import { CourseModule } from '../course/course.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { TrackingModule } from '../tracking/tracking.module.js';
import { ReflectionResolver } from './reflection.resolver.js';
import { ReflectionService } from './reflection.service.js';

@Module({ imports: [CourseModule, TrackingModule, ProgressModule], providers: [ReflectionService, ReflectionResolver] })
export class ReflectionModule {}
