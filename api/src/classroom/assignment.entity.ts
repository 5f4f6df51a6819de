import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { Course } from '../course/course.entity.js';
import { Classroom } from './classroom.entity.js';

/**
 * A course given to a class. Withdrawing keeps the row (and every student's enrolment and progress);
 * assigning the same course again brings it back.
 */
@Entity()
@Unique({ properties: ['classroom', 'course'] })
export class Assignment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Classroom, { deleteRule: 'cascade' })
  classroom!: Classroom;

  @ManyToOne(() => Course, { deleteRule: 'restrict' })
  course!: Course;

  @Property({ type: 'datetime', nullable: true })
  dueAt?: Date | null;

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  assignedBy?: User | null;

  @Property({ type: 'datetime' })
  assignedAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;
}
