import { error, redirect } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { loginPath, signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** Downloads a native course as a SCORM zip for another LMS (trainers; the api checks who asks). */
export const GET: RequestHandler = async (event) => {
  if (signedOut(event)) redirect(303, loginPath(event.url));
  const { courseId, format } = event.params;
  if (!/^[a-z0-9-]{1,100}$/.test(courseId) || !['scorm12', 'scorm2004'].includes(format)) error(404, 'Not found');
  const query = new URLSearchParams({ locale: event.url.searchParams.get('locale') ?? event.locals.locale });
  const res = await fetchFromApi(callerOf(event), `/course-exports/${courseId}/${format}?${query.toString()}`);
  if (signedOut(event, res)) redirect(303, loginPath(event.url));
  if (res.status === 403) error(403, 'Forbidden');
  if (!res.ok) error(res.status === 404 ? 404 : 502, 'Not found');
  return new Response(res.body, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': res.headers.get('content-disposition') ?? `attachment; filename="${courseId}-${format}.zip"`,
      'cache-control': 'private, no-store',
    },
  });
};
