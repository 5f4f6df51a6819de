import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { enrol, launch, makeLearner } from '../support/learner.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const postRaw = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('GraphQL request limits', () => {
  it('refuses one anonymous request of 1,000 aliases at once, and the api stays responsive', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `c${i}: catalogue { id }`).join(' ')} }`;
    const res = await new ApiClient(stack.apiUrl).gql(query);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/Document contains more \w+ 2000 tokens/);
    expect((await fetch(`${stack.apiUrl}/health`)).status).toBe(200);
  });

  it('refuses more than 15 aliases even in a short document', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `c${i}: catalogue { id }`).join(' ')} }`;
    const res = await new ApiClient(stack.apiUrl).gql(query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/aliases limit of 15/i);
  });

  it('refuses batched requests and does not suggest field names', async () => {
    const batch = await postRaw(`${stack.apiUrl}/graphql`, JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(batch.status).toBe(400);
    const typo = await new ApiClient(stack.apiUrl).gql('{ catalogu { id } }');
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0]?.message).toMatch(/Cannot query field/);
    expect(typo.raw).not.toMatch(/Did you mean/);
  });

  it('answers an id that is not a UUID with NOT_FOUND', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const res = await learner.client.gql(`query { certificate(id: "not-a-uuid") { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the plain commit routes', () => {
  it('take only JSON objects from the web, and a right commit still goes through', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId, unitIds } = await enrol(learner.client);
    const attempt = await launch(learner.client, enrolmentId, unitIds[0]!);
    const url = `${stack.apiUrl}/tracking/commits`;
    const cookie = learner.client.cookieHeader;
    const commit = JSON.stringify({ attemptId: attempt.id, seq: attempt.seq + 1, sessionId: 's', values: { 'cmi.location': 'p2' } });

    const asText = await postRaw(url, commit, { cookie, 'content-type': 'text/plain' });
    expect(asText.status).toBe(400);
    expect(await asText.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', reason: 'NOT_JSON' } });
    const foreign = await postRaw(url, commit, { cookie, origin: 'https://attacker.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: 'FORBIDDEN', reason: 'FOREIGN_ORIGIN' } });
    for (const body of ['null', '[]', '42']) {
      const res = await postRaw(url, body, { cookie });
      expect(res.status, body).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    }
    const { rows } = await stack.db.query<{ seq: number }>('select seq from attempt where id = $1', [attempt.id]);
    expect(rows[0]?.seq).toBe(attempt.seq);

    const fromWeb = await postRaw(url, commit, { cookie, origin: new URL(stack.webUrl).origin });
    expect(fromWeb.status).toBe(200);
    expect(await fromWeb.json()).toMatchObject({ applied: true });
  });

  it("take the host page's closing commit only as JSON from the content origin itself", async () => {
    const url = `${stack.contentUrl}/runtime/commit`;
    expect((await postRaw(url, 'null')).status).toBe(400);
    expect((await postRaw(url, '{}', { 'content-type': 'text/plain' })).status).toBe(400);
    const foreign = await postRaw(url, '{}', { origin: 'https://attacker.example' });
    expect(foreign.status).toBe(403);
    // From the content origin itself, the check moves on to the token.
    expect((await postRaw(url, '{}', { origin: new URL(stack.contentUrl).origin })).status).toBe(401);
  });
});

describe('the content origin', () => {
  it('answers a bad percent-encoding in a signed path with 400, not 500', async () => {
    const packageId = randomBytes(32).toString('hex');
    const expires = Math.floor(Date.now() / 1000) + 3600;
    // The test stack signs with the development key (NODE_ENV=test).
    const signature = createHmac('sha256', 'development-only-content-signing-key-change-me')
      .update(`${packageId}.${expires}`)
      .digest('base64url');
    const base = `${stack.contentUrl}/p/${packageId}/${expires}/${signature}`;
    expect((await fetch(`${base}/missing.html`)).status).toBe(404);
    const bad = await fetch(`${base}/%E0%A4%A.html`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/percent-encoding/);
  });
});
