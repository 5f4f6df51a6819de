import type { EntityManager } from '@mikro-orm/postgresql';
import { Session } from './session.entity.js';

/** Deletes sessions past their expiry; returns how many. */
export function pruneSessions(em: EntityManager): Promise<number> {
  return em.nativeDelete(Session, { expiresAt: { $lt: new Date() } });
}
