import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';

/**
 * A passkey (a WebAuthn credential) a person added beside their authenticator app, usable instead of a code
 * at log-in. Only its public key is kept; the signature counter lets a cloned authenticator be noticed.
 */
@Entity({ tableName: 'mfa_passkey' })
export class Passkey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  /** The authenticator's credential id, base64url, as the browser names it (up to 1,023 bytes). */
  @Property({ type: 'text', unique: true })
  credentialId!: string;

  /** The COSE public key, base64url. */
  @Property({ type: 'text' })
  publicKey!: string;

  /** The authenticator's signature counter (many send 0 always). */
  @Property({ type: 'integer' })
  counter: Opt<number> = 0;

  /** How the browser may reach the authenticator (usb, internal, hybrid …), as it reported. */
  @Property({ type: 'json', nullable: true })
  transports?: string[] | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;
}

/** The challenge of a passkey being added (one at a time per person, for a few minutes). */
@Entity({ tableName: 'mfa_passkey_registration' })
export class PasskeyRegistration {
  @ManyToOne(() => User, { deleteRule: 'cascade', primary: true })
  user!: User;

  @Property({ type: 'string' })
  challenge!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
