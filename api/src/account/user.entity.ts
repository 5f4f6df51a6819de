import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A person with a login. We keep only what the platform needs: many learners are minors, so there is
 * no birth date, address or phone number, and the display name is whatever the person chooses.
 */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased, so that logins are case-insensitive. */
  @Property({ type: 'string', unique: true })
  email!: string;

  @Property({ type: 'string' })
  displayName!: string;

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 10 })
  locale: Opt<string> = 'en';

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
