import { Module } from '@nestjs/common';
import { CourseModule } from '../course/course.module.js';
import { TrackingModule } from '../tracking/tracking.module.js';
import { ReflectionResolver } from './reflection.resolver.js';
import { ReflectionService } from './reflection.service.js';

@Module({ imports: [CourseModule, TrackingModule], providers: [ReflectionService, ReflectionResolver] })
export class ReflectionModule {}
