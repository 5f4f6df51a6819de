import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signUpInBrowser } from '../support/web-user.js';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ web: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('knowledge checks, scenarios and reflections in the player', () => {
  it('gives feedback on answers, shows consequences, keeps a reflection, all accessible', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, stack.webUrl, 'Tam Nguyen');
    await page.goto(`${stack.webUrl}/courses/test-practice`);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByRole('link', { name: 'Read this' }).click();
    const picture = page.getByRole('img', { name: 'A small blue square' });
    await picture.waitFor();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 }).toBe(4);
    await page.locator('audio').waitFor({ state: 'attached' });
    await page.getByText('Transcript').click();
    await page.getByText('Hello, and welcome to this practice course.').waitFor();
    await expectAccessible(page);
    await page.goto(page.url().replace('read-this', 'quick-check'));
    await page.getByRole('heading', { level: 1, name: 'Quick check' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'A' }).check();
    await page
      .getByRole('group', { name: /Pick A and C/ })
      .getByRole('checkbox', { name: 'A' })
      .check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await page.getByText('1 of 2 right. Read the feedback, then try again.').waitFor();
    await expect(page.getByText('A is one of them.').count()).resolves.toBe(1);
    await expectAccessible(page);
    await page
      .getByRole('group', { name: /Pick A and C/ })
      .getByRole('checkbox', { name: 'C' })
      .check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await page.getByText('Well done: 2 of 2 right. You passed this check.').waitFor();

    await page.getByRole('link', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Think about it' }).waitFor();
    await page.getByLabel('What did you notice?').fill('That I rush to answer.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'What would you do?' }).waitFor();
    await page.getByRole('radio', { name: 'Ask if they are all right' }).check();
    await page.getByRole('button', { name: 'Choose' }).click();
    await page.getByText('They feel supported.').waitFor();
    await expectAccessible(page);

    // The reflection is still there when the learner comes back to it.
    await page.goto(page.url().replace('what-would-you-do', 'think-about-it'));
    await expect(page.getByLabel('What did you notice?').inputValue()).resolves.toBe('That I rush to answer.');
    await context.close();
  });
});
