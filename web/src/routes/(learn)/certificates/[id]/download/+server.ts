import { error, redirect } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { loginPath, signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** Streams the learner's own certificate PDF from the api; nobody else's is reachable. */
export const GET: RequestHandler = async (event) => {
  if (signedOut(event)) redirect(303, loginPath(event.url));
  if (!/^[0-9a-f-]{36}$/i.test(event.params.id)) error(404, 'Not found');
  const res = await fetchFromApi(callerOf(event), `/certificates/${event.params.id}/pdf`);
  if (signedOut(event, res)) redirect(303, loginPath(event.url));
  if (!res.ok) error(res.status === 404 ? 404 : 502, 'Not found');
  return new Response(res.body, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': res.headers.get('content-disposition') ?? 'attachment; filename="certificate.pdf"',
      'cache-control': 'private, no-store',
    },
  });
};
