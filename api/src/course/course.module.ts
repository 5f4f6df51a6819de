import { Module } from '@nestjs/common';
import { CourseResolver } from './course.resolver.js';
import { CourseService } from './course.service.js';

@Module({ providers: [CourseService, CourseResolver], exports: [CourseService] })
export class CourseModule {}
