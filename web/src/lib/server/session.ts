import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type { ApiResult } from '#lib/server/api.ts';
import { SESSION_COOKIE, type ApiCaller } from '#lib/server/forward.ts';

export function callerOf(event: Pick<RequestEvent, 'locals' | 'getClientAddress'>): ApiCaller {
  return { sessionToken: event.locals.sessionToken, clientAddress: event.getClientAddress() };
}

/** Keeps the session token the api issued in an httpOnly cookie on the web's own origin. */
export function keepSession(cookies: Cookies, url: URL, result: ApiResult<unknown>): void {
  if (!result.setSession) return;
  cookies.set(SESSION_COOKIE, result.setSession.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    expires: result.setSession.expires,
  });
}

export function dropSession(cookies: Cookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** A path on this site, or the fallback: redirects must never send people to another site. */
export function safePath(value: string | null | undefined, fallback: string): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}

/** Where to go after logging in (`?next=`), on this site only. */
export function safeNext(url: URL, fallback = '/learn'): string {
  return safePath(url.searchParams.get('next'), fallback);
}

export const LOCALE_COOKIE = 'kinship_locale';
