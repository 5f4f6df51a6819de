import { error, redirect } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { loginPath, signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** The grid as CSV, with the page's sort and filter, streamed from the api (which checks who asks). */
export const GET: RequestHandler = async (event) => {
  if (signedOut(event)) redirect(303, loginPath(event.url));
  if (!/^[0-9a-f-]{36}$/i.test(event.params.classId)) error(404, 'Not found');
  const res = await fetchFromApi(callerOf(event), `/classrooms/${event.params.classId}/progress.csv${event.url.search}`);
  if (signedOut(event, res)) redirect(303, loginPath(event.url));
  if (!res.ok) error(res.status === 404 || res.status === 400 ? 404 : 502, 'Not found');
  return new Response(res.body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': res.headers.get('content-disposition') ?? 'attachment; filename="class-progress.csv"',
      'cache-control': 'private, no-store',
    },
  });
};
