import { json } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { refuseForeignOrigin } from '#lib/server/same-origin.ts';
import { callerOf, keepSession, safeNext } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

const Options = graphql(`
  mutation PasskeyLoginOptions($challenge: String!) {
    passkeyLoginOptions(challenge: $challenge)
  }
`);

const LoginWithPasskey = graphql(`
  mutation LoginWithPasskey($challenge: String!, $response: String!) {
    loginWithPasskey(challenge: $challenge, response: $response) {
      viewer {
        id
      }
    }
  }
`);

/**
 * The log-in's second step answered with a passkey, from the page's script (PasskeyLogin.svelte): the
 * options for the browser, then its answer, which starts the session as a code would.
 */
export const POST: RequestHandler = async (event) => {
  const refused = refuseForeignOrigin(event);
  if (refused) return refused;
  const body = (await event.request.json().catch(() => ({}))) as { challenge?: unknown; response?: unknown };
  const challenge = typeof body.challenge === 'string' ? body.challenge : '';
  try {
    if (typeof body.response !== 'string') {
      const { data } = await request(callerOf(event), Options, { challenge });
      return json({ options: JSON.parse(data.passkeyLoginOptions) as unknown });
    }
    const result = await request(callerOf(event), LoginWithPasskey, { challenge, response: body.response });
    keepSession(event.cookies, event.url, result);
    return json({ location: safeNext(event.url) });
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError('UNAVAILABLE', 'unavailable', 503);
    return json({ error: { code: apiError.code, reason: apiError.details.reason ?? null } }, { status: 400 });
  }
};
