import { randomUUID } from 'node:crypto';
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

  /** Names the session on its owner's sessions page (the token hash is never shown). */
  @Property({ type: 'uuid', unique: true })
  publicId: Opt<string> = randomUUID();

  /** Updated at most once a minute; a session idle past SESSION_IDLE_MINUTES stops working (ASVS 7.3.1). */
  @Property({ type: 'datetime' })
  lastUsedAt: Opt<Date> = new Date();

  /** False for a "shared computer" log-in: its cookie has no expiry (gone with the browser) and it idles out sooner. */
  @Property({ type: 'boolean' })
  persistent: Opt<boolean> = true;

  /** What the person logged in with, as their browser names itself (shortened), for the sessions page. */
  @Property({ type: 'string', length: 200, nullable: true })
  device?: string | null;

  /** Started (or later confirmed) with a second factor: staff roles count only in such sessions. */
  @Property({ type: 'boolean' })
  secondFactor: Opt<boolean> = false;
}
