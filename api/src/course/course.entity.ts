import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A course as a stable identity; what learners actually take is one of its immutable versions. */
@Entity()
export class Course {
  /** The stable id from the course's files (course.yaml `id`), e.g. `anti-racism-foundations`. */
  @PrimaryKey({ type: 'string' })
  id!: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
