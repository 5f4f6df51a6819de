import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';

const COURSE_TITLE = 'Getting started: learning together on Kinship';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ worker: true, web: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Every page a person visits is checked with axe on arrival. */
async function visit(page: Page, action: () => Promise<unknown>) {
  await action();
  await page.waitForLoadState('networkidle');
  await waitForApp(page);
  await expectAccessible(page);
}

async function logIn(page: Page, email: string, password: string) {
  await visit(page, () => page.getByRole('link', { name: 'Log in' }).first().click());
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await visit(page, () => page.getByRole('button', { name: 'Log in' }).click());
}

describe('a community learner, from sign-up to a verified certificate', () => {
  it('signs up, enrols, finishes the course, downloads the certificate, and a stranger verifies it', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const email = `amara-${Date.now()}@example.test`;
    const password = 'a long enough password';
    const name = 'Amara Nwosu-Lévesque';

    await visit(page, () => page.goto(stack.webUrl));
    await page.getByRole('heading', { level: 1 }).waitFor();

    // 1. Sign up, log out, log back in (and a wrong password first).
    await visit(page, () => page.getByRole('link', { name: 'Sign up' }).first().click());
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await visit(page, () => page.getByRole('button', { name: 'Create account' }).click());
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/learn');
    await visit(page, () => page.getByRole('button', { name: 'Log out' }).click());
    await expect.poll(() => page.getByRole('link', { name: 'Log in' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await logIn(page, email, 'not my password');
    await expect(page.getByRole('alert').textContent()).resolves.toBeTruthy();
    await expectAccessible(page);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await visit(page, () => page.getByRole('button', { name: 'Log in' }).click());
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/learn');

    // 2. The catalogue, the course, enrol.
    await visit(page, () => page.getByRole('link', { name: 'Courses' }).first().click());
    await visit(page, () => page.getByRole('link', { name: COURSE_TITLE }).click());
    await page.getByRole('heading', { level: 1, name: COURSE_TITLE }).waitFor();
    await visit(page, () => page.getByRole('button', { name: 'Enrol' }).click());

    // 3. Go through the lessons: the first one, then resume on "another device".
    await visit(page, () => page.getByRole('link', { name: 'Start' }).click());
    await page.getByRole('heading', { level: 1, name: 'How courses work' }).waitFor();
    await visit(page, () => page.getByRole('button', { name: 'Continue' }).click());
    await page.getByRole('heading', { level: 1, name: 'Our shared ground rules' }).waitFor();

    const otherDevice = await browser.newContext({ acceptDownloads: true });
    const phone = await otherDevice.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await visit(phone, () => phone.goto(stack.webUrl));
    await logIn(phone, email, password);
    await visit(phone, () => phone.getByRole('link', { name: COURSE_TITLE }).first().click());
    await visit(phone, () => phone.getByRole('link', { name: 'Resume' }).click());
    await phone.getByRole('heading', { level: 1, name: 'Our shared ground rules' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await otherDevice.close();

    await visit(page, () => page.getByRole('button', { name: 'Continue' }).click());
    await page.getByRole('heading', { level: 1, name: 'Your certificate' }).waitFor();
    await visit(page, () => page.getByRole('button', { name: 'Finish course' }).click());

    // 4. Completed, and within seconds a certificate.
    await expect.poll(() => page.getByText('Completed').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Download certificate (PDF)' }).waitFor({ timeout: 30_000 });
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download certificate (PDF)' }).click(),
    ]);
    const pdf = await readFile(await download.path());
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const { rows } = await stack.db.query<{ code: string }>(
      'select c.code from certificate c join app_user u on u.id = c.user_id where u.email = $1',
      [email],
    );
    const code = rows[0]!.code;
    expect(text).toContain(name);
    expect(text).toContain(code);
    expect(text).toContain(COURSE_TITLE);

    // 5. Anyone, logged out, opens the URL printed on the certificate.
    const printedUrl = /(http\S+\/verify\/\S+)/.exec(text)?.[1];
    expect(printedUrl).toBe(`${stack.webUrl}/verify/${code}`);
    const stranger = await browser.newContext();
    const visitor = await stranger.newPage();
    await visit(visitor, () => visitor.goto(printedUrl!));
    await visitor.getByRole('heading', { level: 1, name: 'This certificate is valid' }).waitFor();
    await expect(visitor.getByText(name).count()).resolves.toBeGreaterThan(0);
    await visit(visitor, () => visitor.goto(`${stack.webUrl}/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ`));
    await expect(visitor.getByText('We could not find a certificate with this code').count()).resolves.toBeGreaterThan(0);
    await stranger.close();
    await context.close();
    // A whole journey through a dozen pages and a worker job: longer than one step's default on a busy machine.
  }, 150_000);

  it('speaks French when asked, and is usable by keyboard', async () => {
    const context = await browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    await visit(page, () => page.goto(stack.webUrl));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    await page.getByLabel('Language').selectOption('fr');
    await visit(page, () =>
      page
        .getByRole('button', { name: 'Change language' })
        .click()
        .catch(() => undefined),
    );
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('fr');
    await expect(page.getByRole('link', { name: 'Premiers pas : apprendre ensemble sur Kinship' }).count()).resolves.toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it('works without JavaScript: every step is a plain link or form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    // axe needs scripts in the page, so it runs in the tests above on these same pages, not here.
    const step = async (action: () => Promise<unknown>) => {
      await action();
      await page.waitForLoadState('load');
    };
    await step(() => page.goto(`${stack.webUrl}/signup`));
    await page.getByLabel('Name').fill('Kofi Mensah');
    await page.getByLabel('Email').fill(`kofi-${Date.now()}@example.test`);
    await page.getByLabel('Password').fill('another long password');
    await step(() => page.getByRole('button', { name: 'Create account' }).click());
    await step(() => page.goto(`${stack.webUrl}/courses/getting-started`));
    await step(() => page.getByRole('button', { name: 'Enrol' }).click());
    await step(() => page.getByRole('link', { name: 'Start' }).click());
    await step(() => page.getByRole('button', { name: 'Continue' }).click());
    await step(() => page.getByRole('button', { name: 'Continue' }).click());
    await step(() => page.getByRole('button', { name: 'Finish course' }).click());
    await expect.poll(() => page.getByText('Completed').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByRole('link', { name: 'Download certificate (PDF)' }).count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    await context.close();
  });
});
