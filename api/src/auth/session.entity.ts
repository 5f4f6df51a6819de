import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';

/**
 * A server-side login session. The browser holds a random token in an httpOnly cookie; we store only
 * its SHA-256, so a leaked database cannot be replayed as sessions.
 */
@Entity()
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Started (or later confirmed) with a second factor: staff roles count only in such sessions. */
  @Property({ type: 'boolean' })
  secondFactor: Opt<boolean> = false;
}
