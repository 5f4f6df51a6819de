import { json } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

const Track = graphql(`
  mutation Track($input: CommitInput!) {
    commitAttempt(input: $input) {
      applied
      attempt {
        seq
      }
    }
  }
`);

interface Body {
  attemptId?: unknown;
  seq?: unknown;
  sessionId?: unknown;
  values?: unknown;
}

function parse(body: Body) {
  const values = body.values && typeof body.values === 'object' ? Object.entries(body.values as Record<string, unknown>) : [];
  if (typeof body.attemptId !== 'string' || typeof body.seq !== 'number' || typeof body.sessionId !== 'string') return null;
  if (!values.every(([, value]) => typeof value === 'string')) return null;
  return {
    attemptId: body.attemptId,
    seq: body.seq,
    sessionId: body.sessionId,
    values: values.map(([element, value]) => ({ element, value: value as string })),
  };
}

/**
 * The player's commit queue posts here (also with `keepalive` as the page closes). 200 means stored
 * for good; 4xx that the commit can never be applied; anything else that it should be retried.
 */
export const POST: RequestHandler = async (event) => {
  if (!event.locals.viewer) return json({ code: 'UNAUTHENTICATED' }, { status: 401 });
  const input = parse((await event.request.json().catch(() => ({}))) as Body);
  if (!input) return json({ code: 'BAD_USER_INPUT' }, { status: 400 });
  try {
    const { data } = await request(callerOf(event), Track, { input });
    return json({ applied: data.commitAttempt.applied, seq: data.commitAttempt.attempt.seq });
  } catch (failure) {
    if (!(failure instanceof ApiError)) throw failure;
    const status = failure.code === 'NOT_FOUND' ? 404 : failure.code === 'CMI_ERROR' || failure.code === 'BAD_USER_INPUT' ? 422 : 503;
    return json({ code: failure.code, message: failure.message }, { status });
  }
};
