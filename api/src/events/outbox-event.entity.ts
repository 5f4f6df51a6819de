import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An event written in the same transaction as the change it announces (the transactional outbox), so a
 * request never waits for Redis and no event is lost when Redis is away: the relay in the worker
 * hands pending events to the queue and marks them relayed.
 */
@Entity()
@Index({
  name: 'outbox_event_pending_idx',
  expression: 'create index "outbox_event_pending_idx" on "outbox_event" ("id") where "relayed_at" is null',
})
export class OutboxEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 100 })
  topic!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  relayedAt?: Date | null;
}
