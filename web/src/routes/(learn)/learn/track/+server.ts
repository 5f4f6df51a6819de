import { json } from '@sveltejs/kit';
import { postJsonToApi } from '#lib/server/api.ts';
import { signedOut } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

interface Body {
  attemptId?: unknown;
  seq?: unknown;
  sessionId?: unknown;
  values?: unknown;
}

function parse(body: Body) {
  const values = body.values && typeof body.values === 'object' ? Object.entries(body.values as Record<string, unknown>) : [];
  if (typeof body.attemptId !== 'string' || typeof body.seq !== 'number' || typeof body.sessionId !== 'string') return null;
  if (!values.every(([, value]) => typeof value === 'string')) return null;
  return { attemptId: body.attemptId, seq: body.seq, sessionId: body.sessionId, values: Object.fromEntries(values) };
}

/**
 * The player's commit queue posts here (also with `keepalive` as the page closes), and the commit goes
 * on to the api's commit route. 200 means stored for good; 4xx that the commit can never be applied;
 * anything else that it should be retried.
 */
export const POST: RequestHandler = async (event) => {
  if (signedOut(event)) return json({ code: 'UNAUTHENTICATED' }, { status: 401 });
  const input = parse((await event.request.json().catch(() => ({}))) as Body);
  if (!input) return json({ code: 'BAD_USER_INPUT' }, { status: 400 });
  let res: { status: number; text: string };
  try {
    res = await postJsonToApi(callerOf(event), '/tracking/commits', input);
  } catch {
    return json({ code: 'UNAVAILABLE' }, { status: 503 });
  }
  const body = parseAnswer(res.text);
  if (res.status === 200) return json({ applied: body.applied, seq: body.seq });
  const code = body.error?.code ?? 'UNAVAILABLE';
  const status = res.status === 401 ? 401 : res.status === 404 ? 404 : res.status === 400 ? 422 : 503;
  return json({ code, message: body.error?.message }, { status });
};

function parseAnswer(text: string): { applied?: boolean; seq?: number; error?: { code?: string; message?: string } } {
  try {
    return JSON.parse(text) as ReturnType<typeof parseAnswer>;
  } catch {
    return {};
  }
}
