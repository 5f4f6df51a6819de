import type { EntityManager } from '@mikro-orm/postgresql';
import type { Env } from '../config/env.js';
import { Session } from './session.entity.js';

/** Deletes sessions past their absolute expiry or idle too long (they no longer work); returns how many. */
export function pruneSessions(em: EntityManager, env: Pick<Env, 'SESSION_IDLE_MINUTES' | 'SESSION_SHARED_IDLE_MINUTES'>): Promise<number> {
  const idleSince = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  return em.nativeDelete(Session, {
    $or: [
      { expiresAt: { $lt: new Date() } },
      { persistent: true, lastUsedAt: { $lt: idleSince(env.SESSION_IDLE_MINUTES) } },
      { persistent: false, lastUsedAt: { $lt: idleSince(env.SESSION_SHARED_IDLE_MINUTES) } },
    ],
  });
}
