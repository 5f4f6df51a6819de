import type { EntityManager } from '@mikro-orm/postgresql';
import { Session } from '@kinship/api/auth/session.entity';

/** Deletes sessions past their expiry; returns how many. */
export function pruneSessions(em: EntityManager): Promise<number> {
  return em.nativeDelete(Session, { expiresAt: { $lt: new Date() } });
}
