import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organisation } from '../account/organisation.entity.js';
import { User } from '../account/user.entity.js';
import type { DraftMedia } from './draft-files.types.js';

/**
 * The course a trainer is writing in the browser: its course folder held in the database. One draft per course,
 * owned by the course's organisation. Every save raises `revision` and keeps the files it made (DraftRevision).
 */
@Entity()
export class CourseDraft {
  /** The course's id (course.yaml `id`), fixed when the draft is made. */
  @PrimaryKey({ type: 'string' })
  courseId!: string;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @Property({ type: 'json' })
  files!: Record<string, string>;

  @Property({ type: 'json' })
  media!: Record<string, DraftMedia>;

  /** Raised by one on every save; a save names the revision it was based on (optimistic concurrency). */
  @Property({ type: 'integer' })
  revision: Opt<number> = 1;

  /** Null once that person deleted their account (the course stays with the organisation). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  updatedBy?: User | null;

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}
