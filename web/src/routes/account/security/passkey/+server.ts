import { json } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { refuseForeignOrigin } from '#lib/server/same-origin.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

const Begin = graphql(`
  mutation BeginPasskeyRegistration {
    beginPasskeyRegistration
  }
`);

const Finish = graphql(`
  mutation FinishPasskeyRegistration($response: String!) {
    finishPasskeyRegistration(response: $response)
  }
`);

/**
 * Adding a passkey takes two calls from the page's script (AddPasskey.svelte): the options for the
 * browser, then the browser's answer. The api checks who asks and keeps the challenge between them.
 */
export const POST: RequestHandler = async (event) => {
  const refused = refuseForeignOrigin(event);
  if (refused) return refused;
  const body = (await event.request.json().catch(() => ({}))) as { response?: unknown };
  try {
    if (typeof body.response !== 'string') {
      const { data } = await request(callerOf(event), Begin);
      return json({ options: JSON.parse(data.beginPasskeyRegistration) as unknown });
    }
    await request(callerOf(event), Finish, { response: body.response });
    return json({ added: true });
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError('UNAVAILABLE', 'unavailable', 503);
    return json({ error: { code: apiError.code, reason: apiError.details.reason ?? null } }, { status: 400 });
  }
};
