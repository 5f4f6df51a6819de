import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { Course } from '../course/course.entity.js';
import type { DraftMedia } from './draft-files.types.js';

export type PublicationAction = 'published' | 'withdrawn' | 'restored';

/**
 * The record of every publish and withdrawal of a course from the browser: who, when, what version, and why.
 * A publish keeps the files it published, so the next one can show a diff against them.
 */
@Entity()
export class CoursePublication {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Course, { deleteRule: 'cascade' })
  @Index()
  course!: Course;

  @Enum({ items: ['published', 'withdrawn', 'restored'], nativeEnumName: 'publication_action' })
  action!: PublicationAction;

  /** The version published (or the newest one at a withdrawal). */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  note!: string;

  /** Null once that person deleted their account (the course stays with the organisation). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  by?: User | null;

  @Property({ type: 'json', lazy: true, nullable: true })
  files?: Record<string, string> | null;

  @Property({ type: 'json', lazy: true, nullable: true })
  media?: Record<string, DraftMedia> | null;

  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();
}
