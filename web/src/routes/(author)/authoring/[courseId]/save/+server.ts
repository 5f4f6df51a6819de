import { json } from '@sveltejs/kit';
import { ApiError, request } from '#lib/server/api.ts';
import { SaveDraftDocument } from '#lib/server/authoring.ts';
import { signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

interface SaveBody {
  expectedRevision: number;
  changes: { path: string; text: string | null }[];
}

/** The editor's autosave: files changed since the revision it holds. A conflict comes back with the other text. */
export const POST: RequestHandler = async (event) => {
  if (signedOut(event)) return json({ error: { code: 'UNAUTHENTICATED' } }, { status: 401 });
  const body = (await event.request.json().catch(() => null)) as SaveBody | null;
  if (!body || !Number.isInteger(body.expectedRevision) || !Array.isArray(body.changes))
    return json({ error: { code: 'BAD_USER_INPUT' } }, { status: 400 });
  try {
    const { data } = await request(callerOf(event), SaveDraftDocument, {
      courseId: event.params.courseId,
      expectedRevision: body.expectedRevision,
      changes: body.changes.map((c) => ({ path: String(c.path), text: c.text === null ? null : String(c.text) })),
    });
    return json({ draft: data.saveDraftFiles });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'UNAVAILABLE' ? 503 : 409;
    return json({ error: { code: error.code, ...error.details } }, { status });
  }
};
