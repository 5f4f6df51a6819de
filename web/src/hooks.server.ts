import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { graphql } from '#lib/graphql/generated/index.ts';
import { directionOf, negotiateLocale } from '#lib/i18n/index.ts';
import { request, SESSION_COOKIE } from '#lib/server/api.ts';
import { callerOf, dropSession, LOCALE_COOKIE } from '#lib/server/session.ts';

const Me = graphql(`
  query Me {
    me {
      id
      displayName
      email
      locale
    }
  }
`);

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.locale = negotiateLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
  event.locals.sessionToken = event.cookies.get(SESSION_COOKIE) ?? null;
  event.locals.viewer = null;
  if (event.locals.sessionToken) {
    try {
      const { data } = await request(callerOf(event), Me);
      event.locals.viewer = data.me ?? null;
      if (!data.me) {
        dropSession(event.cookies);
        event.locals.sessionToken = null;
      }
    } catch {
      // The api is unreachable: carry on as a visitor; pages that need it will say so.
    }
  }
  const { locale } = event.locals;
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', locale).replace('%dir%', directionOf(locale)),
  });
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  return response;
};

/** Unexpected errors are logged here; the learner sees the translated error page, never a stack trace. */
export const handleError: HandleServerError = (caught) => {
  if (caught.kind === 'unknown') console.error(caught.error);
};
