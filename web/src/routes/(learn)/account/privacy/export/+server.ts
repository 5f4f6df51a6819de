import { error, redirect } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { loginPath, signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** The learner's own data as a JSON download, streamed from the api. */
export const GET: RequestHandler = async (event) => {
  if (signedOut(event)) redirect(303, loginPath(event.url));
  const res = await fetchFromApi(callerOf(event), '/privacy/export');
  if (signedOut(event, res)) redirect(303, loginPath(event.url));
  if (!res.ok) error(502, 'Unavailable');
  return new Response(res.body, {
    headers: {
      'content-type': 'application/json',
      'content-disposition': res.headers.get('content-disposition') ?? 'attachment; filename="kinship-my-data.json"',
      'cache-control': 'private, no-store',
    },
  });
};
