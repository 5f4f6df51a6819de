import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Attempt } from '../tracking/attempt.entity.js';

/**
 * What a learner wrote for a reflection unit. Private to the learner: kept out of the CMI data and
 * out of every report, and visible to a teacher only while `sharedWithTeacher` is true.
 */
@Entity()
export class Reflection {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Attempt, { owner: true, unique: true, deleteRule: 'cascade' })
  attempt!: Attempt;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'boolean' })
  sharedWithTeacher: Opt<boolean> = false;

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}
