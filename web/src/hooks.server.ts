import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { directionOf, isLocale, negotiateLocale } from '#lib/i18n/index.ts';
import { env } from '#lib/server/env.ts';
import { isPassThrough } from '#lib/server/pass-through.ts';
import { securityHeaders } from '#lib/server/security-headers.ts';
import { dropSession, LOCALE_COOKIE, sessionTokenOf } from '#lib/server/session.ts';
import { lookUpViewer } from '#lib/server/viewer.ts';

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.locale = negotiateLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
  event.locals.sessionToken = sessionTokenOf(event.cookies, event.url);
  event.locals.viewer = null;
  if (event.locals.sessionToken && !isPassThrough(event.route.id)) {
    try {
      event.locals.viewer = await lookUpViewer(event);
      if (!event.locals.viewer) {
        dropSession(event.cookies, event.url);
        event.locals.sessionToken = null;
      }
    } catch {
      // The api is unreachable: carry on as a visitor; pages that need it will say so.
    }
  }
  // A signed-in person's stored language wins on every device; the cookie and the browser decide for visitors.
  if (isLocale(event.locals.viewer?.locale)) event.locals.locale = event.locals.viewer.locale;
  const { locale } = event.locals;
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', locale).replace('%dir%', directionOf(locale)),
  });
  // SCORM packages play in a frame from the content origin, a separate site; nothing else may be framed.
  const csp = response.headers.get('content-security-policy');
  if (csp) response.headers.set('content-security-policy', `${csp}; frame-src ${env.contentOrigin}`);
  for (const [name, value] of Object.entries(securityHeaders(event.url.protocol === 'https:'))) response.headers.set(name, value);
  // A signed-in person's pages hold private text (reflections, names, progress): no cache may keep them.
  if (event.locals.sessionToken && !isPassThrough(event.route.id)) response.headers.set('cache-control', 'no-store');
  return response;
};

/** Unexpected errors are logged here; the learner sees the translated error page, never a stack trace. */
export const handleError: HandleServerError = (caught) => {
  if (caught.kind === 'unknown') console.error(caught.error);
};
