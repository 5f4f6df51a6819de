import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { Classroom } from './classroom.entity.js';

/** A teacher of a class: whoever made it, and any co-teacher (a teacher of the same organisation). */
@Entity()
export class ClassroomTeacher {
  @ManyToOne(() => Classroom, { primary: true, deleteRule: 'cascade' })
  classroom!: Classroom;

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Property({ type: 'datetime' })
  addedAt: Opt<Date> = new Date();
}
