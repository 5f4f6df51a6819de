import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { CourseDraft } from './course-draft.entity.js';
import type { DraftMedia } from './draft-files.types.js';

/** A draft as one save left it: who saved, when, and every file, so any revision can be seen and restored. */
@Entity()
@Unique({ properties: ['draft', 'revision'] })
export class DraftRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CourseDraft, { deleteRule: 'cascade' })
  draft!: CourseDraft;

  @Property({ type: 'integer' })
  revision!: number;

  /** Null once that person deleted their account (the course stays with the organisation). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  author?: User | null;

  @Property({ type: 'json', lazy: true })
  files!: Record<string, string>;

  @Property({ type: 'json', lazy: true })
  media!: Record<string, DraftMedia>;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
