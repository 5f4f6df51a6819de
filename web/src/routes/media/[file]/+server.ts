import { error } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** Course images, from the api; immutable, so browsers may keep them for good. */
export const GET: RequestHandler = async (event) => {
  if (!/^[0-9a-f]{64}\.[a-z0-9]{3,4}$/.test(event.params.file)) error(404, 'Not found');
  const range = event.request.headers.get('range');
  const res = await fetchFromApi(callerOf(event), `/course-media/${event.params.file}`, range ? { range } : {});
  if (res.status === 416) return new Response(null, { status: 416, headers: { 'content-range': res.headers.get('content-range') ?? '' } });
  if (!res.ok) error(404, 'Not found');
  const headers: Record<string, string> = {
    'content-type': res.headers.get('content-type') ?? 'application/octet-stream',
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    'accept-ranges': 'bytes',
  };
  const contentRange = res.headers.get('content-range');
  if (contentRange) headers['content-range'] = contentRange;
  return new Response(res.body, { status: res.status, headers });
};
