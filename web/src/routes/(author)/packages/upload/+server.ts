import { json } from '@sveltejs/kit';
import { streamToApi } from '#lib/server/api.ts';
import { signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/**
 * The upload page sends the zip here as the raw request body (so that it can show real progress);
 * it is streamed on to the api, which checks who is asking and stores it, never holding it whole.
 */
export const POST: RequestHandler = async (event) => {
  // The api's own answer to a visitor, without sending it the file first.
  if (signedOut(event)) return json({ error: { code: 'UNAUTHENTICATED', message: 'Please log in first.' } }, { status: 401 });
  if (!event.request.body) return json({ error: { code: 'BAD_USER_INPUT', reason: 'UPLOAD_EMPTY' } }, { status: 400 });
  const query = new URLSearchParams();
  for (const name of ['fileName', 'locale', 'minutes']) query.set(name, event.url.searchParams.get(name) ?? '');
  const headers: Record<string, string> = { 'content-type': 'application/zip' };
  const length = event.request.headers.get('content-length');
  if (length) headers['content-length'] = length;
  try {
    const res = await streamToApi(callerOf(event), `/package-imports?${query.toString()}`, event.request.body, headers);
    return json(await res.json(), { status: res.status });
  } catch {
    return json({ error: { code: 'UNAVAILABLE' } }, { status: 503 });
  }
};
