import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Organisation } from '../account/organisation.entity.js';
import { User } from '../account/user.entity.js';
import { CourseVersion } from '../course/course-version.entity.js';
import { Course } from '../course/course.entity.js';
import { Assignment } from '../classroom/assignment.entity.js';
import { Classroom } from '../classroom/classroom.entity.js';

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

  /**
   * The organisation the learner took the course as a member of, when they belong to one: what partner
   * reports are scoped by (indexed: every report and dashboard starts there).
   */
  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'set null' })
  @Index()
  organisation?: Organisation | null;

  /** The class whose assignment enrolled the learner (or first linked an enrolment they had made themselves). */
  @ManyToOne(() => Classroom, { nullable: true, deleteRule: 'set null' })
  classroom?: Classroom | null;

  @ManyToOne(() => Assignment, { nullable: true, deleteRule: 'set null' })
  @Index()
  assignment?: Assignment | null;

  @Property({ type: 'datetime' })
  enrolledAt: Opt<Date> = new Date();

  /** Set once, when the course's completion rule is first met. */
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;
}
