import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLearner } from '../support/learner.js';
import { webMain } from '../support/paths.js';
import { freePort, startNode, type RunningProcess } from '../support/processes.js';
import { startStack, type Stack } from '../support/stack.js';

// The web server as it runs behind a proxy that appends the client's address to X-Forwarded-For
// (ADDRESS_HEADER, XFF_DEPTH=1: the right-most address is the one the proxy saw).
// Started here rather than by startStack: every request to it, the readiness probe's too, must carry the header.
let stack: Stack;
let web: RunningProcess;
let webUrl: string;
beforeAll(async () => {
  stack = await startStack({ env: { LOGIN_MAX_FAILURES: '3' } });
  const port = await freePort();
  webUrl = `http://localhost:${port}`;
  const env = { PORT: String(port), HOST: '127.0.0.1', API_URL: stack.apiUrl, CONTENT_URL: stack.contentUrl };
  web = startNode('web', webMain, { ...env, ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
  // The readiness probe carries the header too: without it the web refuses every request.
  for (let tries = 0; tries < 200; tries++) {
    const status = await fetch(`${webUrl}/`, { headers: { 'x-forwarded-for': '192.0.2.1' } }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`web did not start:\n${web.output()}`);
});
afterAll(async () => {
  await web?.stop();
  await stack?.stop();
});

/** A log-in through the web's form, from the address the proxy reports. */
function logIn(forwardedFor: string, email: string, password: string) {
  return fetch(`${webUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: webUrl, 'x-forwarded-for': forwardedFor },
    body: new URLSearchParams({ email, password }).toString(),
  });
}

describe('the client address behind a proxy', () => {
  it('is taken from the configured header, so limits hold per client and a forged left part gains nothing', async () => {
    const learner = await makeLearner(stack.apiUrl);
    for (let i = 0; i < 3; i++) expect((await logIn('203.0.113.5', learner.email, `guess-${i}`)).status).toBe(400);
    // A client may write anything on the left; the proxy's own entry, on the right, is what counts.
    const forged = await logIn('198.51.100.1, 203.0.113.5', learner.email, learner.password);
    expect(forged.status).toBe(429);
    expect(await forged.text()).toContain('Too many failed logins');
    // Another client behind the same web server is not held back by that one's guesses.
    const owner = await logIn('203.0.113.6', learner.email, learner.password);
    expect(owner.status).toBe(303);
    expect(owner.headers.getSetCookie().some((c) => c.startsWith('kinship_session='))).toBe(true);
  });
});
