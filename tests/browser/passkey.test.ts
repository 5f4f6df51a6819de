import type { Browser, Page } from 'playwright-core';
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

async function visit(page: Page, action: () => Promise<unknown>) {
  await action();
  await page.waitForLoadState('networkidle');
  await waitForApp(page);
  await expectAccessible(page);
}

/** Chromium's virtual authenticator (DevTools protocol): a platform authenticator that always says yes. */
async function withVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

describe('passkeys', () => {
  it('a trainer adds a passkey beside the authenticator app and logs in with it instead of a code', async () => {
    const page = await (await browser.newContext()).newPage();
    await withVirtualAuthenticator(page);
    await logInAsDemoInBrowser(page, stack.webUrl, 'trainer');
    await visit(page, () => page.goto(`${stack.webUrl}/account/security`));
    await page.getByText('No passkey added yet.').waitFor();
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Passkey added.' }).count(), { timeout: 15_000 }).toBe(1);
    await page.getByText('1 passkey added.').waitFor();
    await expectAccessible(page);
    const { rows } = await stack.db.query<{ n: string }>(
      `select count(*) as n from mfa_passkey p join app_user u on u.id = p.user_id where u.email = 'trainer@demo.kinship.test'`,
    );
    expect(rows[0]?.n).toBe('1');

    await visit(page, () => page.getByRole('button', { name: 'Log out' }).click());
    await visit(page, () => page.goto(`${stack.webUrl}/login`));
    await page.getByLabel('Email').fill('trainer@demo.kinship.test');
    await page.getByLabel('Password').fill('kinship-demo-password');
    await visit(page, () => page.getByRole('button', { name: 'Log in' }).click());
    await page.getByLabel('Code').waitFor();
    await page.getByRole('button', { name: 'Use a passkey instead' }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe('/login');
    await waitForApp(page);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    const used = await stack.db.query(
      `select 1 from mfa_passkey p join app_user u on u.id = p.user_id where u.email = 'trainer@demo.kinship.test' and p.last_used_at is not null`,
    );
    expect(used.rowCount).toBe(1);
    await page.context().close();
  });

  it('a person without a passkey who asks for one at log-in is told to enter a code', async () => {
    const page = await (await browser.newContext()).newPage();
    await withVirtualAuthenticator(page);
    await visit(page, () => page.goto(`${stack.webUrl}/login`));
    await page.getByLabel('Email').fill('admin@demo.kinship.test');
    await page.getByLabel('Password').fill('kinship-demo-password');
    await visit(page, () => page.getByRole('button', { name: 'Log in' }).click());
    await page.getByRole('button', { name: 'Use a passkey instead' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'No passkey has been added' }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/login');
    await expectAccessible(page);
    await page.context().close();
  });
});
