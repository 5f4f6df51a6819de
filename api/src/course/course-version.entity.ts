import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { CourseContent } from './course-content.js';
import { Course } from './course.entity.js';

/**
 * One published, immutable version of a course. A learner who starts version 1 finishes on version 1;
 * new enrolments get the newest.
 */
@Entity()
@Unique({ properties: ['course', 'version'] })
export class CourseVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Course, { deleteRule: 'cascade' })
  course!: Course;

  @Property({ type: 'integer' })
  version!: number;

  /** SHA-256 of the content, so that publishing unchanged files makes no new version. */
  @Property({ type: 'string', length: 64 })
  contentHash!: string;

  @Property({ type: 'json', lazy: true })
  content!: CourseContent;

  @Property({ type: 'datetime' })
  publishedAt: Opt<Date> = new Date();
}
