import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A school, a community partner or the society itself. Partners see reports for their own people only. */
@Entity()
export class Organisation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', unique: true })
  slug!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
