import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import type { AuditAction } from './audit-action.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditedAction {
  action: AuditAction;
  target: { kind: 'organisation' | 'person'; id: string; name: string };
  details?: Record<string, string>;
}

const PAGE_SIZE = 50;

/** Writes and reads the append-only audit log. */
@Injectable()
export class AuditLogService {
  /** Records an action through the caller's EntityManager, so in the same transaction as the change itself. */
  record(em: EntityManager, actor: Viewer, address: string, { action, target, details = {} }: AuditedAction): void {
    em.create(AuditEntry, {
      actorId: actor.userId,
      actorName: actor.displayName,
      action,
      targetKind: target.kind,
      targetId: target.id,
      targetName: target.name,
      details,
      address,
    });
  }

  /** Newest first, a page at a time; `before` is the time of the last entry already shown. */
  page(em: EntityManager, before?: Date, targetId?: string): Promise<AuditEntry[]> {
    return em.find(
      AuditEntry,
      { ...(before ? { at: { $lt: before } } : {}), ...(targetId ? { targetId } : {}) },
      { orderBy: { at: 'desc', id: 'desc' }, limit: PAGE_SIZE },
    );
  }
}
