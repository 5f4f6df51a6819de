import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ web: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('errors from the api', () => {
  it('are shown in the person’s language, with the values they name, never as the api’s English', async () => {
    const context = await browser.newContext({ locale: 'fr-CA' });
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/signup`);
    await waitForApp(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByLabel('Nom').fill('Élodie Tremblay');
    await page.getByLabel('Courriel').fill(`elodie-${Date.now()}@example.test`);
    await page.getByLabel('Mot de passe').fill('court');
    // The browser's own check (minlength) would stop the form; the server's answer is what this is about.
    await page.locator('form', { has: page.getByLabel('Mot de passe') }).evaluate((form: HTMLFormElement) => (form.noValidate = true));
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toContain('Veuillez choisir un mot de passe d’au moins 10 caractères.');
    expect(await alert.textContent()).not.toContain('Please');
    await expectAccessible(page);
    await context.close();
  });
});
