import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A certificate whose holder deleted their account. Only the code and the date are kept (no name, no
 * course), so verification can answer "revoked by its holder" instead of "not found".
 */
@Entity()
export class CertificateRevocation {
  @PrimaryKey({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'datetime' })
  revokedAt: Opt<Date> = new Date();
}
