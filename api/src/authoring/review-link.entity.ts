import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { CourseDraft } from './course-draft.entity.js';

/**
 * A link a trainer shares so a colleague can read the draft as a learner would and comment, without an account
 * and without editing. Only the SHA-256 of its secret is kept; revoking it stops it at once.
 */
@Entity()
export class ReviewLink {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CourseDraft, { deleteRule: 'cascade' })
  draft!: CourseDraft;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
