import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';

/**
 * A person's authenticator app (TOTP, RFC 6238). Until `confirmedAt` is set it is only an enrolment in
 * progress: the secret has been shown but no code from it has been seen yet, so it is not asked at log-in.
 */
@Entity({ tableName: 'mfa_totp' })
@Unique({ properties: ['user'] })
export class TotpFactor {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** Base32; the server must read it back to check codes, so it cannot be hashed. Never sent after enrolment. */
  @Property({ type: 'string', hidden: true })
  secret!: string;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null;

  /** The 30-second step of the last code accepted: a code is good once (RFC 6238 §5.2). */
  @Property({ type: 'integer', nullable: true })
  lastTimeStep?: number | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
