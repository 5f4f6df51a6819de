import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ENV, type Env } from '../../config/env.js';

/** The page on the content origin that holds the SCORM runtime and frames the SCO. */
export const HOST_PAGE = '__kinship_host.html';

/**
 * Signed, expiring addresses of package files on the content origin. The signature covers the
 * package and the expiry and sits in the path, so the SCO's own relative links stay inside it:
 * `/p/<packageId>/<expires>/<signature>/<file in the package>`.
 */
@Injectable()
export class ContentLinks {
  constructor(@Inject(ENV) private readonly env: Env) {}

  private signature(packageId: string, expires: number): string {
    return createHmac('sha256', this.env.CONTENT_SIGNING_KEY).update(`${packageId}.${expires}`).digest('base64url');
  }

  /** Where the launch page of a package lives, valid for CONTENT_LINK_HOURS from now. */
  launchUrl(packageId: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000 + this.env.CONTENT_LINK_HOURS * 3600);
    const base = this.env.CONTENT_URL.replace(/\/$/, '');
    return `${base}/p/${packageId}/${expires}/${this.signature(packageId, expires)}/`;
  }

  /** Whether a path's signature is genuine and not expired. */
  verify(packageId: string, expires: string, signature: string, now = Date.now()): boolean {
    if (!/^\d{1,12}$/.test(expires) || Number(expires) * 1000 < now) return false;
    const expected = Buffer.from(this.signature(packageId, Number(expires)));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /**
   * A token that lets the host page store one attempt's closing commit itself (`POST /runtime/commit` on
   * the content origin), for when the platform page is already gone (the tab closed). It allows only what
   * the SCO's runtime API allows anyway: commits to this learner's attempt, checked like any other.
   */
  commitToken(attemptId: string, userId: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000 + this.env.CONTENT_LINK_HOURS * 3600);
    const claim = `${attemptId}.${userId}.${expires}`;
    return `${claim}.${createHmac('sha256', this.env.CONTENT_SIGNING_KEY).update(`commit.${claim}`).digest('base64url')}`;
  }

  /** The attempt and learner a genuine, unexpired commit token names, or null. */
  verifyCommitToken(token: string, now = Date.now()): { attemptId: string; userId: string } | null {
    const match = /^([0-9a-f-]{36})\.([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match || Number(match[3]) * 1000 < now) return null;
    const [, attemptId = '', userId = '', expires = '', signature = ''] = match;
    const expected = Buffer.from(
      createHmac('sha256', this.env.CONTENT_SIGNING_KEY).update(`commit.${attemptId}.${userId}.${expires}`).digest('base64url'),
    );
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? { attemptId, userId } : null;
  }

  get contentOrigin(): string {
    return new URL(this.env.CONTENT_URL).origin;
  }

  get platformOrigin(): string {
    return new URL(this.env.WEB_URL).origin;
  }
}
