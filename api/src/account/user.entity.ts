import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A person with a login. We keep only what the platform needs: many learners are minors, so there is
 * no birth date, address or phone number, and the display name is whatever the person chooses.
 * Students a teacher adds to a class have no e-mail and no password: they sign in with their class's
 * code and a personal code, of which only an argon2id hash is kept.
 */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased, so that logins are case-insensitive; null for students without e-mail. */
  @Property({ type: 'string', unique: true, nullable: true })
  email?: string | null;

  @Property({ type: 'string' })
  displayName!: string;

  @Property({ type: 'string', hidden: true, lazy: true, nullable: true })
  passwordHash?: string | null;

  /** The first characters of the personal sign-in code, kept plain to find the student without trying every hash. */
  @Property({ type: 'string', length: 4, nullable: true })
  signInKey?: string | null;

  /** argon2id of the whole personal sign-in code (no-e-mail students only). */
  @Property({ type: 'string', hidden: true, lazy: true, nullable: true })
  signInCodeHash?: string | null;

  @Property({ type: 'string', length: 10 })
  locale: Opt<string> = 'en';

  /** When the person proved the address is theirs (a mailed link); null until then. */
  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  /** Set by a platform admin: the person can no longer log in and their sessions stop working. */
  @Property({ type: 'datetime', nullable: true })
  deactivatedAt?: Date | null;
}
