import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { logInAsDemoInBrowser } from '../support/web-user.js';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ web: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('pages for one audience', () => {
  it('send a visitor to log in and back to the page they asked for', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/learn?from=mail`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/learn?from=mail');
    await waitForApp(page);
    await expectAccessible(page);
    await page.getByLabel('Email').fill('learner@demo.kinship.test');
    await page.getByLabel('Password').fill('kinship-demo-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search, { timeout: 15_000 }).toBe('/learn?from=mail');
    await context.close();
  });

  it("refuse the trainers' pages to a learner, who is not offered them", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAsDemoInBrowser(page, stack.webUrl, 'learner');
    expect(await page.getByRole('link', { name: 'Course packages' }).count()).toBe(0);
    const res = await page.goto(`${stack.webUrl}/packages`);
    expect(res?.status()).toBe(403);
    await expectAccessible(page);
    await context.close();
  });
});

describe('endpoints that pass requests through to the api', () => {
  const stale = { cookie: 'kinship_session=no-such-session' };
  const commit = JSON.stringify({ attemptId: '00000000-0000-4000-8000-000000000000', seq: 1, sessionId: 's', values: {} });

  it('answer 401 to the player and the uploader without a session, or with one the api no longer knows', async () => {
    for (const headers of [{}, stale]) {
      const track = await fetch(`${stack.webUrl}/learn/track`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: commit,
      });
      expect(track.status).toBe(401);
      expect(await track.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      const upload = await fetch(`${stack.webUrl}/packages/upload?fileName=a.zip`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/zip' },
        body: new Uint8Array(1024),
      });
      expect(upload.status).toBe(401);
    }
  });

  it('send a visitor who follows a download link to log in first', async () => {
    for (const path of ['/certificates/00000000-0000-4000-8000-000000000000/download', '/courses/getting-started/export/scorm12']) {
      for (const headers of [{}, stale]) {
        const res = await fetch(`${stack.webUrl}${path}`, { headers, redirect: 'manual' });
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
      }
    }
  });
});
