import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForApp } from './browser.js';
import { DEMO_TOTP_SECRET, nextTotpCode, totpCode } from './second-factor.js';

/** Signs up a new person through the web app's form; they land on /learn. */
export async function signUpInBrowser(page: Page, webUrl: string, name: string, password = 'practice makes progress'): Promise<string> {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${Date.now()}@example.test`;
  await page.goto(`${webUrl}/signup`);
  await waitForApp(page);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/learn');
  return email;
}

/** Logs in through the web app's form; with an authenticator secret, gives its code when asked. */
export async function logInInBrowser(page: Page, webUrl: string, email: string, password: string, totpSecret?: string): Promise<void> {
  await page.goto(`${webUrl}/login`);
  await waitForApp(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  if (totpSecret) {
    await page.getByLabel('Code').fill(await totpCode(totpSecret));
    await page.getByRole('button', { name: 'Continue' }).click();
    // Each code is good once: when this account already used this step's code (an api log-in a moment
    // ago), the page asks again; the next step's code is the one a phone would show then.
    const left = await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 10_000 })
      .not.toBe('/login')
      .then(() => true)
      .catch(() => false);
    if (!left) {
      await page.getByLabel('Code').fill(await nextTotpCode(totpSecret));
      await page.getByRole('button', { name: 'Continue' }).click();
    }
  }
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe('/login');
}

/** Logs in as one of the seeded demo accounts. */
export function logInAsDemoInBrowser(page: Page, webUrl: string, who: 'trainer' | 'learner' | 'admin'): Promise<void> {
  // The staff accounts' roles need two-step log-in: the seed enrolled them with the demo secret.
  return logInInBrowser(
    page,
    webUrl,
    `${who}@demo.kinship.test`,
    'kinship-demo-password',
    who === 'learner' ? undefined : DEMO_TOTP_SECRET,
  );
}
