import { error, redirect } from '@sveltejs/kit';
import { env } from '#lib/server/env.ts';
import { callerHeaders } from '#lib/server/forward.ts';
import { loginPath, signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * A plain form POST (works without JavaScript): the api makes new codes for the chosen students (all the
 * class's students without e-mail when none are named) and answers with the cards, streamed back as a download.
 */
export const POST: RequestHandler = async (event) => {
  if (signedOut(event)) redirect(303, loginPath(event.url));
  if (!UUID.test(event.params.classId)) error(404, 'Not found');
  const form = await event.request.formData();
  const userIds = form.getAll('userId').filter((v): v is string => typeof v === 'string' && UUID.test(v));
  const res = await fetch(`${env.apiUrl}/classrooms/${event.params.classId}/sign-in-cards`, {
    method: 'POST',
    headers: callerHeaders(callerOf(event), { 'content-type': 'application/json' }),
    body: JSON.stringify(userIds.length ? { userIds } : {}),
  });
  if (signedOut(event, res)) redirect(303, loginPath(event.url));
  if (!res.ok)
    error(res.status === 404 ? 404 : res.status === 400 ? 400 : 502, res.status === 400 ? 'No students to print cards for' : 'Not found');
  return new Response(res.body, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': res.headers.get('content-disposition') ?? 'attachment; filename="sign-in-cards.pdf"',
      'cache-control': 'private, no-store',
    },
  });
};
