import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Enrolment } from '../../enrolment/enrolment.entity.js';

/**
 * A SCORM 2004 4th edition shared data bucket (`adlcp:data` / `adlcp:map targetID`): one value per
 * enrolment and target id, written by the SCOs that may write it and read by those that may read it.
 */
@Entity()
export class SharedData {
  @ManyToOne(() => Enrolment, { primary: true, deleteRule: 'cascade' })
  enrolment!: Enrolment;

  @PrimaryKey({ type: 'text' })
  targetId!: string;

  @Property({ type: 'text' })
  store!: string;

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}
