import { Module } from '@nestjs/common';
import { AuthoringCoursesService } from './authoring-courses.service.js';
import { AuthoringResolver } from './authoring.resolver.js';
import { CourseFolderController } from './course-folder.controller.js';
import { CourseFolderService } from './course-folder.service.js';
import { DraftViewService } from './draft-view.service.js';
import { DraftService } from './draft.service.js';
import { PublishService } from './publish.service.js';
import { ReviewCommentLimiter } from './review-comment-limiter.js';
import { ReviewResolver } from './review.resolver.js';
import { ReviewService } from './review.service.js';

/** Courses written in the browser: drafts that are course folders, checked and published like the files in courses/. */
@Module({
  providers: [
    AuthoringCoursesService,
    DraftService,
    DraftViewService,
    PublishService,
    CourseFolderService,
    AuthoringResolver,
    ReviewService,
    ReviewCommentLimiter,
    ReviewResolver,
  ],
  controllers: [CourseFolderController],
})
export class AuthoringModule {}
