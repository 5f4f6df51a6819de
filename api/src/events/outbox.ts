import type { EntityManager } from '@mikro-orm/postgresql';
import { OUTBOX_CHANNEL, type EventMap, type EventTopic } from './event-map.js';

/** Writes an event inside the caller's transaction (`em` must be the transaction's); it is relayed only if that commits. */
export async function writeEvent<T extends EventTopic>(em: EntityManager, topic: T, payload: EventMap[T]): Promise<void> {
  await em.execute(`insert into outbox_event (topic, payload, created_at) values (?, ?, now())`, [topic, JSON.stringify(payload)], 'run');
  // Delivered by PostgreSQL when (and only if) the transaction commits.
  await em.execute(`select pg_notify(?, '')`, [OUTBOX_CHANNEL], 'run');
}
