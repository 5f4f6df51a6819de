import { error, redirect } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { loginPath, signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** The course folder as a zip, as `pnpm courses:check` reads it (trainers; the api checks who asks). */
export const GET: RequestHandler = async (event) => {
  if (signedOut(event)) redirect(303, loginPath(event.url));
  const { courseId } = event.params;
  if (!/^[a-z0-9-]{1,100}$/.test(courseId)) error(404, 'Not found');
  const res = await fetchFromApi(callerOf(event), `/authoring/courses/${courseId}/folder.zip`);
  if (signedOut(event, res)) redirect(303, loginPath(event.url));
  if (!res.ok) error(res.status === 403 ? 403 : 404, 'Not found');
  return new Response(res.body, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${courseId}.zip"`,
      'cache-control': 'private, no-store',
    },
  });
};
