import { json } from '@sveltejs/kit';
import { streamToApi } from '#lib/server/api.ts';
import { signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** A course folder zip, streamed on to the api, which checks it with the same loader as courses:check. */
export const POST: RequestHandler = async (event) => {
  if (signedOut(event)) return json({ error: { code: 'UNAUTHENTICATED' } }, { status: 401 });
  if (!event.request.body) return json({ error: { code: 'BAD_USER_INPUT', reason: 'UPLOAD_EMPTY' } }, { status: 400 });
  const headers: Record<string, string> = { 'content-type': 'application/zip' };
  const length = event.request.headers.get('content-length');
  if (length) headers['content-length'] = length;
  try {
    const res = await streamToApi(callerOf(event), '/authoring/uploads', event.request.body, headers);
    return json(await res.json(), { status: res.status });
  } catch {
    return json({ error: { code: 'UNAVAILABLE' } }, { status: 503 });
  }
};
