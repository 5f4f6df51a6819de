import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { parseCookie } from 'cookie';
import type { Request } from 'express';
import type { User } from '../account/user.entity.js';
import { usableMemberships } from '../access/permissions.js';
import { ENV, type Env } from '../config/env.js';
import { SqlPool } from '../database/sql-pool.js';
import { hashSessionToken, newSessionToken, SESSION_COOKIE } from './session-cookie.js';
import { Session } from './session.entity.js';
import type { Viewer } from './viewer.js';

interface ViewerRow {
  id: string;
  email: string | null;
  display_name: string;
  locale: string;
  memberships: Viewer['memberships'];
  second_factor: boolean;
  last_used_at: Date;
}

type RequestWithViewer = Request & { viewer?: Promise<Viewer | null> };

interface StartOptions {
  /** False for a "shared computer" log-in. */
  persistent?: boolean;
  device?: string | null;
}

/** A session's last use is written at most this often, so the hot commit path is not a stream of updates. */
const TOUCH_EVERY_MS = 60_000;

/** Most sessions a process remembers at once; past this the memory is simply emptied. */
const CACHE_LIMIT = 50_000;

@Injectable()
export class SessionService {
  /**
   * Viewers looked up in the last SESSION_CACHE_SECONDS, by token hash. The tracking commit path is
   * called every few seconds by every learner, so this saves a query on almost every request. Logging
   * out here forgets the entry at once; another api instance may accept the token for up to that long.
   */
  private readonly recent = new Map<string, { viewer: Viewer; until: number }>();

  constructor(
    private readonly em: EntityManager,
    private readonly db: SqlPool,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /**
   * Starts a session and returns the token for the cookie (only its hash is stored). A shared-computer
   * session (`persistent: false`) gets a cookie without expiry, so it ends with the browser.
   */
  async start(
    user: Pick<User, 'id'>,
    secondFactor = false,
    { persistent = true, device = null }: StartOptions = {},
  ): Promise<{ token: string; expiresAt: Date; persistent: boolean }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.env.SESSION_TTL_DAYS * 86_400_000);
    const em = this.em.fork();
    em.create(Session, {
      tokenHash: hashSessionToken(token),
      user: user.id,
      expiresAt,
      secondFactor,
      persistent,
      device: device?.slice(0, 200),
    });
    await em.flush();
    return { token, expiresAt, persistent };
  }

  /** Ends a person's other sessions (a password change, "log out everywhere else"), in this process's memory too. */
  async endOthersFor(userId: string, keepTokenHash: string, em: EntityManager = this.em.fork()): Promise<void> {
    for (const [hash, entry] of this.recent) if (entry.viewer.userId === userId && hash !== keepTokenHash) this.recent.delete(hash);
    await em.nativeDelete(Session, { user: userId, tokenHash: { $ne: keepTokenHash } });
  }

  async end(tokenHash: string): Promise<void> {
    this.recent.delete(tokenHash);
    await this.em.fork().nativeDelete(Session, { tokenHash });
  }

  /**
   * Ends every session of a person (a reset sign-in code): deleted through the caller's EntityManager, so
   * inside its transaction, and forgotten by this process at once.
   */
  async endAllFor(userId: string, em: EntityManager = this.em.fork()): Promise<void> {
    for (const [hash, entry] of this.recent) if (entry.viewer.userId === userId) this.recent.delete(hash);
    await em.nativeDelete(Session, { user: userId });
  }

  /** Forgets this process's cached look-ups of a person (their name or language changed). */
  forgetViewer(userId: string): void {
    for (const [hash, entry] of this.recent) if (entry.viewer.userId === userId) this.recent.delete(hash);
  }

  /** The person just gave a second factor in this session (finishing enrolment): their staff roles count from now. */
  async confirmSecondFactor(tokenHash: string): Promise<void> {
    this.recent.delete(tokenHash);
    await this.em.fork().nativeUpdate(Session, { tokenHash }, { secondFactor: true });
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

  /** One query per request (it runs on every authenticated call): the session, its user and their memberships. */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const tokenHash = hashSessionToken(token);
    const remembered = this.recent.get(tokenHash);
    if (remembered && remembered.until > Date.now()) return remembered.viewer;
    const viewer = await this.fetchViewer(tokenHash);
    if (viewer && this.env.SESSION_CACHE_SECONDS > 0) {
      if (this.recent.size >= CACHE_LIMIT) this.recent.clear();
      this.recent.set(tokenHash, { viewer, until: Date.now() + this.env.SESSION_CACHE_SECONDS * 1000 });
    } else this.recent.delete(tokenHash);
    return viewer;
  }

  private async fetchViewer(tokenHash: string): Promise<Viewer | null> {
    const [row] = await this.db.query<ViewerRow>(
      'viewer-by-session',
      `select u.id, u.email, u.display_name, u.locale, s.second_factor, s.last_used_at,
              coalesce(json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'role', m.role))
                       filter (where m.id is not null), '[]') as memberships
         from session s
         join app_user u on u.id = s.user_id
         left join membership m on m.user_id = u.id
         left join organisation o on o.id = m.organisation_id
        where s.token_hash = $1 and s.expires_at > now() and u.deactivated_at is null
          and s.last_used_at > now() - make_interval(mins => case when s.persistent then $2::int else $3::int end)
        group by u.id, s.second_factor, s.last_used_at`,
      [tokenHash, this.env.SESSION_IDLE_MINUTES, this.env.SESSION_SHARED_IDLE_MINUTES],
    );
    if (!row) return null;
    if (Date.now() - new Date(row.last_used_at).getTime() > TOUCH_EVERY_MS)
      await this.db.query('session-touch', 'update session set last_used_at = now() where token_hash = $1', [tokenHash]);
    const { usable, heldBack } = usableMemberships(row.memberships, row.second_factor);
    return {
      userId: row.id,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      memberships: usable,
      secondFactorNeeded: heldBack,
      sessionTokenHash: tokenHash,
    };
  }
}
