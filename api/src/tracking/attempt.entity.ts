import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import type { CmiValues } from './cmi.js';

/**
 * One learner's tracked state in one learning unit (a native unit or, later, a SCO), in the SCORM
 * CMI data model. The columns beside `cmi` are derived from it on every commit, for queries.
 */
@Entity()
@Unique({ properties: ['enrolment', 'unitId'] })
export class Attempt {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Enrolment, { deleteRule: 'cascade' })
  enrolment!: Enrolment;

  @Property({ type: 'string' })
  unitId!: string;

  /** How many commits have been applied, from every device. */
  @Property({ type: 'integer' })
  seq: Opt<number> = 0;

  /**
   * The last commit number applied from each sitting (client session id). Each device numbers its own
   * commits, so a retried or late commit from one device is recognised without blocking another.
   */
  @Property({ type: 'json' })
  sessionSeqs: Opt<Record<string, number>> = {};

  @Property({ type: 'json' })
  cmi: Opt<CmiValues> = {};

  /** Seconds per client session (keyed by the session id the client chose), summed into total time. */
  @Property({ type: 'json' })
  sessionSeconds: Opt<Record<string, number>> = {};

  @Property({ type: 'string' })
  completionStatus: Opt<string> = 'not attempted';

  @Property({ type: 'string' })
  successStatus: Opt<string> = 'unknown';

  @Property({ type: 'double', nullable: true })
  scoreScaled?: number | null;

  @Property({ type: 'double' })
  totalSeconds: Opt<number> = 0;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}
