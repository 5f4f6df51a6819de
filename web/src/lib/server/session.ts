import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { SESSION_COOKIE, type ApiCaller, type ApiResult } from '#lib/server/api.ts';

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

/** Only same-site paths are followed after logging in, so `?next=` cannot send people elsewhere. */
export function safeNext(url: URL, fallback = '/learn'): string {
  const next = url.searchParams.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

export const LOCALE_COOKIE = 'kinship_locale';
