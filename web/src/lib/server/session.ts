import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type { ApiResult } from '#lib/server/api.ts';
import { browserSessionCookie, type ApiCaller } from '#lib/server/forward.ts';

export function callerOf(event: Pick<RequestEvent, 'locals' | 'getClientAddress'>): ApiCaller {
  return { sessionToken: event.locals.sessionToken, clientAddress: event.getClientAddress() };
}

/** Keeps the session token the api issued in an httpOnly cookie on the web's own origin. */
export function keepSession(cookies: Cookies, url: URL, result: ApiResult<unknown>): void {
  if (!result.setSession) return;
  cookies.set(browserSessionCookie(url.protocol === 'https:'), result.setSession.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    expires: result.setSession.expires,
  });
}

export function dropSession(cookies: Cookies, url: URL): void {
  cookies.delete(browserSessionCookie(url.protocol === 'https:'), { path: '/', secure: url.protocol === 'https:' });
}

/** The session token the browser sent, under the name this protocol gives the cookie. */
export function sessionTokenOf(cookies: Cookies, url: URL): string | null {
  return cookies.get(browserSessionCookie(url.protocol === 'https:')) ?? null;
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
