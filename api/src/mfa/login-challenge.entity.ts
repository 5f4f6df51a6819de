import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';

/**
 * The step between a right password and the second factor: the browser holds a random token, we keep its
 * SHA-256. It lasts a few minutes and allows a few wrong codes, then the password must be given again.
 */
@Entity({ tableName: 'mfa_login_challenge' })
export class LoginChallenge {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  /** The WebAuthn challenge, once the person chose to answer with a passkey instead of a code. */
  @Property({ type: 'string', nullable: true })
  passkeyChallenge?: string | null;
}
