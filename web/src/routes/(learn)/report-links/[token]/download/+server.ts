import { error, redirect } from '@sveltejs/kit';
import { fetchFromApi } from '#lib/server/api.ts';
import { loginPath, signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

/** The scheduled report's file, streamed from the api, which checks the link and that it is the logged-in person's. */
export const GET: RequestHandler = async (event) => {
  if (signedOut(event)) redirect(303, loginPath(event.url));
  const token = event.params.token;
  const res = await fetchFromApi(callerOf(event), `/report-links/${encodeURIComponent(token)}/report`);
  if (signedOut(event, res)) redirect(303, loginPath(event.url));
  // An expired or foreign link: its page says why.
  if (res.status === 404) redirect(303, `/report-links/${encodeURIComponent(token)}`);
  if (!res.ok) error(502, 'Not available');
  return new Response(res.body, {
    headers: {
      'content-type': res.headers.get('content-type') ?? 'application/octet-stream',
      'content-disposition': res.headers.get('content-disposition') ?? 'attachment; filename="completion-report"',
      'cache-control': 'private, no-store',
    },
  });
};
