import { error } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** Course images, from the api; immutable, so browsers may keep them for good. */
export const GET: RequestHandler = async (event) => {
  if (!/^[0-9a-f]{64}\.[a-z]{3,4}$/.test(event.params.file)) error(404, 'Not found');
  const res = await fetchFromApi(callerOf(event), `/course-media/${event.params.file}`);
  if (!res.ok) error(404, 'Not found');
  return new Response(res.body, {
    headers: {
      'content-type': res.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
};
