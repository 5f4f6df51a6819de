import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, launch, makeLearner } from '../support/learner.js';
import { startStack, type Stack } from '../support/stack.js';

// The web server's `POST /learn/track`, where the player's commit queue posts (web/src/lib/tracking/):
// 200 means stored, 400/404/422 that the commit can never be applied, anything else that it is retried.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ web: true });
});
afterAll(async () => {
  await stack?.stop();
});

async function setUp() {
  const learner = await makeLearner(stack.apiUrl);
  const { enrolmentId, unitIds } = await enrol(learner.client);
  const attempt = await launch(learner.client, enrolmentId, unitIds[0]!);
  const commit = { attemptId: attempt.id, seq: 1, sessionId: 'sitting-1', values: { 'cmi.location': 'page-2' } };
  return { cookie: learner.client.cookieHeader, attemptId: attempt.id, launchedSeq: attempt.seq, commit };
}

async function track(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${stack.webUrl}/learn/track`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

async function stored(attemptId: string) {
  const { rows } = await stack.db.query<{ seq: number; cmi: Record<string, string> }>('select seq, cmi from attempt where id = $1', [
    attemptId,
  ]);
  return rows[0];
}

/** A POST over node:http, as a browser could send it (chunked when no length is given); the answer and whether the connection closed. */
function rawPost(body: Buffer, headers: Record<string, string>): Promise<{ status: number; text: string; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(`${stack.webUrl}/learn/track`, { method: 'POST', agent: false, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, closed: res.headers.connection === 'close' }));
    });
    // The server may answer and close before it has read everything: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(body);
  });
}

describe("the player's commit route on the web server", () => {
  it('stores a commit and acknowledges a resent one without applying it twice', async () => {
    const { cookie, attemptId, commit } = await setUp();
    const first = await track(commit, { cookie });
    expect(first).toMatchObject({ status: 200, body: { applied: true, seq: 1 } });
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('same-origin');
    expect(await stored(attemptId)).toMatchObject({ seq: 1, cmi: { 'cmi.location': 'page-2' } });
    // The queue resends a commit whose answer it never saw: acknowledged, and the state is as it was.
    expect(await track({ ...commit, values: { 'cmi.location': 'late' } }, { cookie })).toMatchObject({
      status: 200,
      body: { applied: false, seq: 1 },
    });
    expect((await stored(attemptId))?.cmi['cmi.location']).toBe('page-2');
  });

  it('answers 401 without a session, whatever the body', async () => {
    const { commit } = await setUp();
    for (const body of [commit, 'not json']) {
      expect(await track(body)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    }
    expect(await track(commit, { cookie: 'kinship_session=no-such-session' })).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses for good a body that is not a commit, a value the data model refuses, and an attempt that is not there', async () => {
    const { cookie, attemptId, launchedSeq, commit } = await setUp();
    for (const body of ['{"attemptId":', { ...commit, seq: '1' }, { ...commit, values: ['x'] }, { ...commit, values: { a: 1 } }]) {
      expect(await track(body, { cookie })).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    }
    expect(await track({ ...commit, values: { 'cmi.score.scaled': '3' } }, { cookie })).toMatchObject({
      status: 422,
      body: { code: 'CMI_ERROR' },
    });
    expect((await track({ ...commit, attemptId: '00000000-0000-4000-8000-000000000000' }, { cookie })).status).toBe(404);
    expect((await stored(attemptId))?.seq).toBe(launchedSeq);
  });

  it('refuses a body over 512 KB, announced or streamed, and closes the connection it would not read', async () => {
    const { cookie, commit } = await setUp();
    const huge = Buffer.from(JSON.stringify({ ...commit, values: { 'cmi.suspend_data': 'x'.repeat(600 * 1024) } }));
    const announced = await rawPost(huge, { cookie, 'content-type': 'application/json', 'content-length': String(huge.length) });
    expect(announced).toMatchObject({ status: 422, closed: true });
    expect(JSON.parse(announced.text)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const streamed = await rawPost(huge, { cookie, 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    expect(streamed.status).toBe(422);
    // 64,000 characters of suspend data, the most SCORM 2004 allows, still go through.
    const large = { ...commit, values: { 'cmi.suspend_data': 'y'.repeat(64_000) } };
    expect(await track(large, { cookie })).toMatchObject({ status: 200, body: { applied: true } });
  });

  it('refuses a form post from another site, which could carry the cookie without the player', async () => {
    const { cookie, commit } = await setUp();
    const res = await track(JSON.stringify(commit), { cookie, 'content-type': 'text/plain', origin: 'http://elsewhere.example' });
    expect(res.status).toBe(415);
  });

  it('answers 503 while the api is down, so that the queue retries, and stores the commit once it is back', async () => {
    const { cookie, attemptId, commit } = await setUp();
    await stack.processes.api!.stop();
    try {
      expect(await track(commit, { cookie })).toMatchObject({ status: 503, body: { code: 'UNAVAILABLE' } });
    } finally {
      await stack.restartApi();
    }
    expect(await track(commit, { cookie })).toMatchObject({ status: 200, body: { applied: true, seq: 1 } });
    expect((await stored(attemptId))?.cmi['cmi.location']).toBe('page-2');
  });
});
