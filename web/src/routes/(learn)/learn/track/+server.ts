import { json } from '@sveltejs/kit';
import { callerOf } from '#lib/server/session.ts';
import { readCapped, trackCommit } from '#lib/server/track-commit.ts';
import type { RequestHandler } from './$types';

/**
 * The player's commits under `vite dev`: the built server (web/server.ts) answers this route ahead of
 * SvelteKit, with the same trackCommit.
 */
export const POST: RequestHandler = async (event) => {
  const { status, body } = await trackCommit({
    caller: callerOf(event),
    contentType: event.request.headers.get('content-type'),
    origin: event.request.headers.get('origin'),
    ownOrigin: event.url.origin,
    readBody: () => readCapped(event.request.body),
  });
  return json(body, { status });
};
