import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One administrative action, kept for good: who did what to whom, when and from where. Append-only: the
 * migration adds a trigger that refuses UPDATE, DELETE and TRUNCATE on the table, whoever asks. No foreign
 * keys, so that the record outlives the people and organisations it names; names are copied in for that.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();

  @Property({ type: 'uuid' })
  actorId!: string;

  @Property({ type: 'string' })
  actorName!: string;

  /** What was done, e.g. `person.deactivate` (see audit-action.ts). */
  @Property({ type: 'string' })
  action!: string;

  @Property({ type: 'string' })
  targetKind!: string;

  @Property({ type: 'uuid' })
  @Index()
  targetId!: string;

  @Property({ type: 'string' })
  targetName!: string;

  /** The values that changed (e.g. the old and new role). */
  @Property({ type: 'json' })
  details: Opt<Record<string, string>> = {};

  /** The client address the request came from, as the api's trust-proxy setting resolves it. */
  @Property({ type: 'string' })
  address!: string;
}
