import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';

/**
 * A certificate for one completed enrolment. The unique enrolment makes issuing idempotent: a job that
 * runs twice for the same completion finds the first certificate and makes no second one.
 */
@Entity()
export class Certificate {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Enrolment, { owner: true, unique: true, deleteRule: 'cascade' })
  enrolment!: Enrolment;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  /** The public verification code printed on the certificate. */
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  /** What was printed, frozen at issue time: a later change of name or course title does not alter it. */
  @Property({ type: 'string' })
  learnerName!: string;

  @Property({ type: 'string' })
  courseTitle!: string;

  @Property({ type: 'integer' })
  courseVersion!: number;

  @Property({ type: 'datetime' })
  issuedAt: Opt<Date> = new Date();

  @Property({ type: 'blob', lazy: true })
  pdf!: Buffer;
}
