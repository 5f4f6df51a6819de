import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ReviewLink } from './review-link.entity.js';

/** A reviewer's comment on one unit of a draft, left through a review link, under the name they gave. */
@Entity()
export class ReviewComment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ReviewLink, { deleteRule: 'cascade' })
  @Index()
  link!: ReviewLink;

  @Property({ type: 'string', length: 80 })
  unitId!: string;

  @Property({ type: 'string', length: 80 })
  name!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
