import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organisation } from '../account/organisation.entity.js';

/** A course as a stable identity; what learners actually take is one of its immutable versions. */
@Entity()
export class Course {
  /** The stable id from the course's files (course.yaml `id`), e.g. `anti-racism-foundations`. */
  @PrimaryKey({ type: 'string' })
  id!: string;

  /**
   * The organisation whose trainers may publish new versions; null for the platform's own courses
   * (the files in courses/, published by the platform).
   */
  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  organisation?: Organisation | null;

  /** Taken out of the catalogue: no new enrolments; learners who started finish, certificates stay valid. */
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
