import { Module } from '@nestjs/common';
import { CourseMediaController } from './course-media.controller.js';
import { CourseResolver } from './course.resolver.js';
import { CourseService } from './course.service.js';

@Module({ providers: [CourseService, CourseResolver], controllers: [CourseMediaController], exports: [CourseService] })
export class CourseModule {}
