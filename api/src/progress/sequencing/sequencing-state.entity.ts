import type { Opt } from '@mikro-orm/core';
import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Enrolment } from '../../enrolment/enrolment.entity.js';

/**
 * One enrolment's SCORM 2004 sequencing state, as scorm-again serialises it: each activity's attempts
 * and status, the global objectives, random selections, the current and suspended activity. The server
 * restores it to decide what the learner may open and whether the course is done.
 */
@Entity()
export class SequencingState {
  @OneToOne(() => Enrolment, { primary: true, deleteRule: 'cascade' })
  enrolment!: Enrolment;

  @Property({ type: 'text' })
  state!: string;

  /**
   * Units whose activity the engine has delivered at least once: only these take commits, so a client
   * cannot post results to a unit the rules never let it open (a late commit from the unit just left still lands).
   */
  @Property({ type: 'array', columnType: 'text[]', defaultRaw: `'{}'` })
  delivered: Opt<string[]> = [];

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}
