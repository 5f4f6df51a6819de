import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { nextTotpCode, totpCode } from '../support/second-factor.js';
import { startStack, type Stack } from '../support/stack.js';
import { logInAsDemoInBrowser, logInInBrowser, signUpInBrowser } from '../support/web-user.js';

const PASSWORD = 'practice makes progress';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ web: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const path = (page: Page) => new URL(page.url()).pathname;

/** Sets up two-step log-in on the security page, as a person with a phone would; answers the secret and codes. */
async function enrolInBrowser(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto(`${stack.webUrl}/account/security`);
  await waitForApp(page);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Set up two-step log-in' }).click();
  await page.getByRole('img', { name: 'QR code to add Kinship to an authenticator app' }).waitFor();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await expectAccessible(page);
  await page.getByLabel('Code shown in the app').fill(await totpCode(secret));
  await page.getByRole('button', { name: 'Turn on two-step log-in' }).click();
  const list = page.getByRole('list', { name: 'Your recovery codes' });
  await list.waitFor();
  await expectAccessible(page);
  const recoveryCodes = (await list.getByRole('listitem').allTextContents()).map((code) => code.trim());
  return { secret, recoveryCodes };
}

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect.poll(() => page.getByRole('link', { name: 'Log in' }).count()).toBe(1);
}

/** The password step, which then asks for a code. */
async function passwordStep(page: Page, email: string) {
  await page.goto(`${stack.webUrl}/login`);
  await waitForApp(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Code').waitFor();
  await expectAccessible(page);
}

describe('two-step log-in in the browser', () => {
  it('enrols with the QR code, logs in with a code, and with a recovery code when the phone is lost', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = await signUpInBrowser(page, stack.webUrl, 'Ines Two-Step');
    const { secret, recoveryCodes } = await enrolInBrowser(page);
    expect(recoveryCodes).toHaveLength(10);
    await logOut(page);

    await passwordStep(page, email);
    await page.getByLabel('Code').fill('000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That code is not right');
    await page.getByLabel('Code').fill(await nextTotpCode(secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => path(page), { timeout: 15_000 }).toBe('/learn');
    await logOut(page);

    await passwordStep(page, email);
    await page.getByLabel('Code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => path(page), { timeout: 15_000 }).toBe('/learn');
    await page.goto(`${stack.webUrl}/account/security`);
    await expect.poll(() => page.getByText('9 recovery codes are left').count()).toBe(1);
    await context.close();
  });

  it('sends a trainer without two-step log-in to set it up before the trainer pages, then lets them in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = await signUpInBrowser(page, stack.webUrl, 'Tariq New-Trainer');
    await stack.db.query(
      `insert into membership (id, user_id, organisation_id, role, created_at)
       select gen_random_uuid(), u.id, o.id, 'trainer', now() from app_user u, organisation o where u.email = $1 and o.slug = 'community'`,
      [email],
    );
    await logOut(page);
    await logInInBrowser(page, stack.webUrl, email, PASSWORD);
    expect(path(page)).toBe('/account/security');
    await expect.poll(() => page.getByText('your account needs two-step log-in').count()).toBe(1);
    await page.goto(`${stack.webUrl}/packages`);
    expect(path(page)).toBe('/account/security');
    await enrolInBrowser(page);
    await page.goto(`${stack.webUrl}/packages`);
    expect(path(page)).toBe('/packages');
    await context.close();
  });

  it("lets an admin reset a person's two-step log-in and deactivate an account whose open session then stops working", async () => {
    const personContext = await browser.newContext();
    const personPage = await personContext.newPage();
    const email = await signUpInBrowser(personPage, stack.webUrl, 'Malia Lost-Phone');
    await enrolInBrowser(personPage);
    await personPage.goto(`${stack.webUrl}/learn`);

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await logInAsDemoInBrowser(admin, stack.webUrl, 'admin');
    await admin.getByRole('link', { name: 'Administration' }).click();
    await admin.getByRole('heading', { name: 'Organisations' }).waitFor();
    await expectAccessible(admin);
    await admin.getByRole('link', { name: 'People' }).click();
    await admin.getByLabel('Name or e-mail').fill(email);
    await admin.getByRole('button', { name: 'Find' }).click();
    await admin.getByRole('link', { name: 'Malia Lost-Phone' }).click();
    await admin.getByRole('heading', { name: 'Malia Lost-Phone' }).waitFor();
    await expectAccessible(admin);

    await admin.getByRole('button', { name: 'Reset two-step log-in' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toContain('Two-step log-in was reset');
    // Her sessions ended with the reset; she logs in with her password alone and may set it up again.
    await logInInBrowser(personPage, stack.webUrl, email, PASSWORD);
    expect(path(personPage)).toBe('/learn');

    await admin.getByRole('button', { name: 'Deactivate account' }).click();
    await expect.poll(() => admin.getByRole('status').textContent()).toContain('The account is deactivated');
    await personPage.goto(`${stack.webUrl}/learn`);
    expect(path(personPage)).toBe('/login');

    await admin.getByRole('link', { name: 'Audit log' }).click();
    await admin.getByRole('heading', { name: 'Audit log' }).waitFor();
    await expect.poll(() => admin.getByRole('row').filter({ hasText: 'Malia Lost-Phone' }).count()).toBe(2);
    await expectAccessible(admin);
    await Promise.all([personContext.close(), adminContext.close()]);
  });
});
