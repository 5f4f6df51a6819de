import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { parseCookie } from 'cookie';
import type { Request } from 'express';
import { Membership } from '../account/membership.entity.js';
import type { User } from '../account/user.entity.js';
import { ENV, type Env } from '../config/env.js';
import { hashSessionToken, newSessionToken, SESSION_COOKIE } from './session-cookie.js';
import { Session } from './session.entity.js';
import type { Viewer } from './viewer.js';

type RequestWithViewer = Request & { viewer?: Promise<Viewer | null> };

@Injectable()
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Starts a session and returns the token for the cookie (only its hash is stored). */
  async start(user: User): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.env.SESSION_TTL_DAYS * 86_400_000);
    const em = this.em.fork();
    em.create(Session, { tokenHash: hashSessionToken(token), user: user.id, expiresAt });
    await em.flush();
    return { token, expiresAt };
  }

  async end(tokenHash: string): Promise<void> {
    await this.em.fork().nativeDelete(Session, { tokenHash });
  }

  /** The viewer behind a request's session cookie, looked up once per request. */
  viewerOf(req: Request): Promise<Viewer | null> {
    const carrier = req as RequestWithViewer;
    carrier.viewer ??= this.lookUp(req);
    return carrier.viewer;
  }

  private lookUp(req: Request): Promise<Viewer | null> {
    const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
    return token ? this.viewerForToken(token) : Promise.resolve(null);
  }

  async viewerForToken(token: string): Promise<Viewer | null> {
    const tokenHash = hashSessionToken(token);
    const em = this.em.fork();
    const session = await em.findOne(Session, { tokenHash, expiresAt: { $gt: new Date() } }, { populate: ['user'] });
    if (!session) return null;
    const memberships = await em.find(Membership, { user: session.user }, { populate: ['organisation'] });
    const { user } = session;
    return {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      memberships: memberships.map((m) => ({ organisationId: m.organisation.id, organisationName: m.organisation.name, role: m.role })),
      sessionTokenHash: tokenHash,
    };
  }
}
