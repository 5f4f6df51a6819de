import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Session } from '../auth/session.entity.js';
import { SessionService } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { notFound } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';

export interface ActiveSession {
  id: string;
  device: string | null;
  startedAt: Date;
  lastUsedAt: Date;
  sharedComputer: boolean;
  current: boolean;
}

/** A person's own sessions: the list on their sessions page, ending one, ending all ("log out everywhere"). */
@Injectable()
export class AccountSessionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async list(viewer: Viewer): Promise<ActiveSession[]> {
    const rows = await this.em
      .fork()
      .find(Session, { user: viewer.userId, expiresAt: { $gt: new Date() } }, { orderBy: { lastUsedAt: 'desc' } });
    return rows
      .filter((s) => this.stillActive(s))
      .map((s) => ({
        id: s.publicId,
        device: s.device ?? null,
        startedAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        sharedComputer: !s.persistent,
        current: s.tokenHash === viewer.sessionTokenHash,
      }));
  }

  private stillActive(session: Session): boolean {
    const idleMinutes = session.persistent ? this.env.SESSION_IDLE_MINUTES : this.env.SESSION_SHARED_IDLE_MINUTES;
    return session.lastUsedAt.getTime() > Date.now() - idleMinutes * 60_000;
  }

  /** Ends one of the viewer's own sessions; another person's session id is "not found". */
  async end(viewer: Viewer, id: string): Promise<void> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('That session');
    const session = await this.em.fork().findOne(Session, { publicId: id, user: viewer.userId });
    if (!session) throw notFound('That session');
    await this.sessions.end(session.tokenHash);
  }

  /** Ends every session of the viewer, this one included. */
  endAll(viewer: Viewer): Promise<void> {
    return this.sessions.endAllFor(viewer.userId);
  }
}
