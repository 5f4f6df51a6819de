import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organisation } from './organisation.entity.js';
import { ROLES, type Role } from './role.js';
import { User } from './user.entity.js';

export const TOKEN_PURPOSES = ['password_reset', 'email_verification', 'email_change', 'invitation'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/**
 * A pending account action that a mailed link completes: reset a password, confirm an address, join an
 * organisation. The row is made by the request; the link's secret is made later, by the mail job, and
 * only its SHA-256 is kept (`tokenHash`), so neither the database nor the queue ever holds a usable link.
 */
@Entity()
export class AccountToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => [...TOKEN_PURPOSES], nativeEnumName: 'token_purpose' })
  purpose!: TokenPurpose;

  /** Whose account this acts on; null for an invitation to someone who has no account yet. */
  @ManyToOne(() => User, { deleteRule: 'cascade', nullable: true })
  @Index()
  user?: User | null;

  /** Where the link is mailed: the account's address, the new address of a change, or the invitee's. */
  @Property({ type: 'string' })
  email!: string;

  /** The address an e-mail change replaces: it is told of the change once it happens. */
  @Property({ type: 'string', nullable: true })
  previousEmail?: string | null;

  /** Invitations: the organisation and role the link grants, who sent it and the invitee's language. */
  @ManyToOne(() => Organisation, { deleteRule: 'cascade', nullable: true })
  organisation?: Organisation | null;

  @Enum({ items: () => [...ROLES], nativeEnumName: 'role', nullable: true })
  role?: Role | null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  invitedBy?: User | null;

  @Property({ type: 'string', length: 10, nullable: true })
  locale?: string | null;

  /** SHA-256 of the link's secret, set when the mail is sent (null until then). */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  tokenHash?: string | null;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
