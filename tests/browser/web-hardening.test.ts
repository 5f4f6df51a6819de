import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../support/browser.js';
import { makeLearner } from '../support/learner.js';
import { scorm12Package } from '../support/scorm-packages.js';
import { startStack, type Stack } from '../support/stack.js';
import { logInAsDemoInBrowser } from '../support/web-user.js';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ web: true, worker: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The web server as a TLS proxy in front of it would reach it: the same host, marked as https. */
const overHttps = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  fetch(`${stack.webUrl}${path}`, { redirect: 'manual', ...init, headers: { 'x-forwarded-proto': 'https', ...init.headers } });
const httpsOrigin = () => `https://${new URL(stack.webUrl).host}`;

async function logInOverHttps(email: string, password: string): Promise<Response> {
  return overHttps('/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: httpsOrigin() },
    body: new URLSearchParams({ email, password }).toString(),
  });
}

describe('the web server', () => {
  it('refuses a request body over 1 MB on its pages before reading it', async () => {
    const res = await fetch(`${stack.webUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: stack.webUrl },
      body: `email=a%40example.test&password=${'x'.repeat(2 * 1024 * 1024)}`,
    });
    expect(res.status).toBe(413);
    // …and keeps answering.
    expect((await fetch(`${stack.webUrl}/login`)).status).toBe(200);
  });

  it('over https names the session cookie __Host-, sends HSTS, and keeps signed-in pages out of caches', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const login = await logInOverHttps(learner.email, learner.password);
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('__Host-kinship_session='));
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/Domain=/i);
    const session = cookie!.split(';', 1)[0]!;

    const page = await overHttps('/learn', { headers: { cookie: session } });
    expect(page.status).toBe(200);
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    // The unprefixed name is not taken over https (a subdomain could have planted it).
    const planted = await overHttps('/learn', { headers: { cookie: session.replace('__Host-', '') } });
    expect(planted.status).toBe(303);
    expect(planted.headers.get('location')).toMatch(/^\/login/);
  });

  it('over plain http sends no HSTS, and a visitor’s pages may be cached', async () => {
    const res = await fetch(`${stack.webUrl}/login`);
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('cache-control')).not.toBe('no-store');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it("takes the player's commits only from its own pages", async () => {
    const learner = await makeLearner(stack.apiUrl);
    const login = await fetch(`${stack.webUrl}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: stack.webUrl },
      body: new URLSearchParams({ email: learner.email, password: learner.password }).toString(),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';', 1)[0]!;
    const commit = JSON.stringify({ attemptId: '00000000-0000-4000-8000-000000000000', seq: 1, sessionId: 's', values: {} });
    const track = (origin: string) =>
      fetch(`${stack.webUrl}/learn/track`, {
        method: 'POST',
        headers: { cookie, origin, 'content-type': 'application/json' },
        body: commit,
      });
    const foreign = await track('https://attacker.example');
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'FORBIDDEN' });
    // From its own origin the commit reaches the api, which knows no such attempt.
    expect((await track(stack.webUrl)).status).toBe(404);
  });
});

describe('the package upload route', () => {
  it('still takes a package far larger than 1 MB from a trainer in the browser', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAsDemoInBrowser(page, stack.webUrl, 'trainer');
    await page.goto(`${stack.webUrl}/packages`);
    await page.getByRole('heading', { level: 1, name: 'Course packages (SCORM)' }).waitFor();
    await expectAccessible(page);
    // Random text does not compress: the zip is about 2 MB.
    const zip = scorm12Package({
      id: 'com.example.large-upload',
      title: 'A large upload',
      extra: randomBytes(1_500_000).toString('base64'),
    });
    expect(zip.length).toBeGreaterThan(1.5 * 1024 * 1024);
    await page.getByLabel('SCORM package (.zip)').setInputFiles({ name: 'large.zip', mimeType: 'application/zip', buffer: zip });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByText('Published as a course.').waitFor({ timeout: 60_000 });
    await expectAccessible(page);
    await context.close();
  });

  it('refuses an upload from another origin or without a session, without reading it', async () => {
    const body = new Uint8Array(2 * 1024 * 1024);
    const anonymous = await fetch(`${stack.webUrl}/packages/upload?fileName=x.zip`, { method: 'POST', body });
    expect(anonymous.status).toBe(401);
    const foreign = await fetch(`${stack.webUrl}/packages/upload?fileName=x.zip`, {
      method: 'POST',
      headers: { origin: 'https://attacker.example', cookie: 'kinship_session=whatever' },
      body,
    });
    expect(foreign.status).toBe(403);
  });
});
