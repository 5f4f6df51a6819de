import { error } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

// What a player's request and the api's answer say about ranges and versions, passed on unchanged.
const REQUEST_HEADERS = ['range', 'if-range', 'if-none-match'];
const RESPONSE_HEADERS = ['content-length', 'content-range', 'etag'];

/**
 * Course images, audio and video, from the api; immutable, so browsers may keep them for good. The api's body is
 * streamed through, never buffered (a video is up to 200 MB); when the player goes away, SvelteKit cancels it.
 */
export const GET: RequestHandler = async (event) => {
  if (!/^[0-9a-f]{64}\.[a-z0-9]{3,4}$/.test(event.params.file)) error(404, 'Not found');
  const forwarded: Record<string, string> = {};
  for (const name of REQUEST_HEADERS) {
    const value = event.request.headers.get(name);
    if (value) forwarded[name] = value;
  }
  // SvelteKit answers HEAD with this handler; the api is asked for headers only, so it opens no file.
  const method = event.request.method === 'HEAD' ? 'HEAD' : 'GET';
  const res = await fetchFromApi(callerOf(event), `/course-media/${event.params.file}`, forwarded, method);
  if (res.status === 416) return new Response(null, { status: 416, headers: { 'content-range': res.headers.get('content-range') ?? '' } });
  if (!res.ok && res.status !== 304) error(404, 'Not found');
  const headers: Record<string, string> = {
    'content-type': res.headers.get('content-type') ?? 'application/octet-stream',
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    'accept-ranges': 'bytes',
  };
  for (const name of RESPONSE_HEADERS) {
    const value = res.headers.get(name);
    if (value) headers[name] = value;
  }
  return new Response(res.status === 304 ? null : res.body, { status: res.status, headers });
};
