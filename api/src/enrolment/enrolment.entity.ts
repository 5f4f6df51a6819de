import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { CourseVersion } from '../course/course-version.entity.js';
import { Course } from '../course/course.entity.js';

/** A learner taking a course, pinned to the version they started. */
@Entity()
@Unique({ properties: ['user', 'course'] })
export class Enrolment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => Course)
  course!: Course;

  @ManyToOne(() => CourseVersion)
  courseVersion!: CourseVersion;

  @Property({ type: 'datetime' })
  enrolledAt: Opt<Date> = new Date();

  /** Set once, when the course's completion rule is first met. */
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;
}
