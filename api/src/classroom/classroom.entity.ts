import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organisation } from '../account/organisation.entity.js';

/**
 * A class a teacher runs inside one organisation (a school or a community workshop). Archiving makes it
 * read-only and hides it from students; nothing is deleted, and it can be restored.
 */
@Entity()
export class Classroom {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  @Index()
  organisation!: Organisation;

  @Property({ type: 'string', length: 120 })
  name!: string;

  /** The teacher's own words for the term or school year, e.g. "2026–2027" or "Spring 2027". */
  @Property({ type: 'string', length: 60 })
  term!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  grade?: string | null;

  /**
   * The class's permanent code, printed on sign-in cards and typed at "Class sign-in" with a personal
   * code. Unlike the join code it never changes, so resetting the join code leaves every card working.
   */
  @Property({ type: 'string', length: 16, unique: true })
  signInCode!: string;

  /** Lets a learner with an account join the class while `joinOpen`. Kept when turned off, to say so. */
  @Property({ type: 'string', length: 16, unique: true })
  joinCode!: string;

  @Property({ type: 'boolean' })
  joinOpen: Opt<boolean> = true;

  @Property({ type: 'datetime', nullable: true })
  joinCodeExpiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
