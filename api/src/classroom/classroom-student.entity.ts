import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { Classroom } from './classroom.entity.js';

/** How a student came into a class: added by the teacher (typed or from a roster), or by the join code. */
export const STUDENT_SOURCES = ['teacher', 'join_code', 'roster'] as const;
export type StudentSource = (typeof STUDENT_SOURCES)[number];

/** A student in a class. Removing or leaving deletes this row only; their enrolments and progress stay theirs. */
@Entity()
export class ClassroomStudent {
  @ManyToOne(() => Classroom, { primary: true, deleteRule: 'cascade' })
  classroom!: Classroom;

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Enum({ items: () => [...STUDENT_SOURCES], nativeEnumName: 'student_source' })
  source!: StudentSource;

  /** A roster's own id for the student (OneRoster sourcedId or a student number), for re-imports. */
  @Property({ type: 'string', length: 255, nullable: true })
  externalId?: string | null;

  @Property({ type: 'datetime' })
  joinedAt: Opt<Date> = new Date();
}
