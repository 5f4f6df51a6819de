import { json } from '@sveltejs/kit';
import { streamToApi } from '#lib/server/api.ts';
import { signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** An image (or clip, or captions) for the draft, streamed on to the api, which applies the course files' limits. */
export const POST: RequestHandler = async (event) => {
  if (signedOut(event)) return json({ error: { code: 'UNAUTHENTICATED' } }, { status: 401 });
  if (!event.request.body) return json({ error: { code: 'BAD_USER_INPUT', reason: 'UPLOAD_EMPTY' } }, { status: 400 });
  const query = new URLSearchParams({ fileName: event.url.searchParams.get('fileName') ?? '' });
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  const length = event.request.headers.get('content-length');
  if (length) headers['content-length'] = length;
  try {
    const path = `/authoring/drafts/${encodeURIComponent(event.params.courseId)}/media?${query.toString()}`;
    const res = await streamToApi(callerOf(event), path, event.request.body, headers);
    return json(await res.json(), { status: res.status });
  } catch {
    return json({ error: { code: 'UNAVAILABLE' } }, { status: 503 });
  }
};
