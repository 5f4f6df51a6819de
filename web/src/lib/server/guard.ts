import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Permission, Viewer } from '#lib/server/viewer.ts';

/** The login page, coming back to this page (with its query) afterwards. */
export function loginPath(url: URL): string {
  return `/login?next=${encodeURIComponent(url.pathname + url.search)}`;
}

/**
 * A route group's guard, run once by its `+layout.server.ts`: a visitor goes to log in, someone
 * without the group's permission gets 403. Its redirect wins over the pages' own loads.
 */
export function requireViewer(locals: App.Locals, url: URL, permission?: Permission): Viewer {
  // Read the address even when logged in, so that the guard runs again on every client-side navigation.
  const login = loginPath(url);
  if (!locals.viewer) redirect(303, login);
  if (permission && !locals.viewer.can[permission]) {
    // Staff roles count only once two-step log-in is set up: send the person to set it up, then back.
    if (locals.viewer.can.secondFactorNeeded) redirect(303, `/account/security?next=${encodeURIComponent(url.pathname + url.search)}`);
    error(403, 'Forbidden');
  }
  return locals.viewer;
}

/**
 * The check every endpoint makes, since layout guards do not run for `+server.ts` (and pass-through
 * endpoints skip the `Me` lookup): without a session cookie the visitor is answered at once; with
 * one, the api's 401 on the forwarded request means the same.
 */
export function signedOut(event: Pick<RequestEvent, 'locals'>, apiResponse?: Response): boolean {
  return !event.locals.sessionToken || apiResponse?.status === 401;
}
