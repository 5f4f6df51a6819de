import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { logInAsDemoInBrowser } from '../support/web-user.js';

// A real 1×1 PNG, so the image a trainer uploads is an image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ web: true }), launchBrowser()]);
}, 60_000);
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await stack?.stop();
});

async function trainerPage(who: 'trainer' | 'admin' = 'trainer'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await logInAsDemoInBrowser(page, stack.webUrl, who);
  return { context, page };
}

const saved = (page: Page) => page.getByRole('status').getByText('All changes saved').waitFor({ timeout: 15_000 });

async function openEditor(page: Page, courseId: string) {
  await page.goto(`${stack.webUrl}/authoring/${courseId}`);
  await waitForApp(page);
}

async function createCourse(page: Page, courseId: string, title: string) {
  await page.goto(`${stack.webUrl}/authoring`);
  await waitForApp(page);
  await expectAccessible(page);
  await page.getByLabel('Course id').fill(courseId);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create the course' }).click();
  await page.getByRole('heading', { name: `Editing: ${title}` }).waitFor();
  await waitForApp(page);
}

describe('authoring in the browser', () => {
  it('a trainer writes a small course, fixes what the checks find, previews it and publishes it', async () => {
    const { page } = await trainerPage();
    await createCourse(page, 'a-small-course', 'A small course');
    await expectAccessible(page);

    // The lesson the blank course starts with: some text and an image with its description.
    await page.getByRole('button', { name: 'A small course', exact: true }).click();
    await page.getByLabel('Text', { exact: true }).fill('## Listening first\n\nListening is where respect starts.');
    await page.getByLabel('Image (PNG, JPEG, GIF or WebP)').setInputFiles({ name: 'bus-stop.png', mimeType: 'image/png', buffer: PNG });
    await page.getByLabel(/Short description for people who cannot see it/).fill('People waiting at a bus stop');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect
      .poll(() => page.getByLabel('Text', { exact: true }).inputValue())
      .toContain('![People waiting at a bus stop](media/bus-stop.png)');
    await saved(page);

    // A knowledge check, left unfinished: the checks say what is missing, at the unit and in the list.
    await page.getByLabel('New unit title').fill('Quick check');
    await page.getByLabel('Kind').selectOption('check');
    await page.getByRole('button', { name: 'Add unit' }).click();
    await saved(page);
    await page.getByRole('heading', { name: /problems? blocks? publishing/ }).waitFor();
    await expect.poll(() => page.getByText('units/quick-check.en.md, line').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.getByLabel('Question', { exact: true }).fill('What comes first when someone tells you about racism they faced?');
    await page.getByLabel('Option 1', { exact: true }).fill('Listening to them');
    await page.getByLabel('Feedback for option 1: why it is right or wrong').fill('Yes: listening shows you take them seriously.');
    await page.getByLabel('Option 2', { exact: true }).fill('Explaining what they should have done');
    await page.getByLabel('Feedback for option 2: why it is right or wrong').fill('Advice can wait; first listen.');
    await saved(page);
    await page.getByRole('heading', { name: 'Nothing blocks publishing' }).waitFor();

    // A reflection, then reorder by keyboard alone: the check goes above the lesson.
    await page.getByLabel('New unit title').fill('Think about it');
    await page.getByLabel('Kind').selectOption('reflection');
    await page.getByRole('button', { name: 'Add unit' }).click();
    await page.getByLabel('Question for learners').fill('When did someone listen to you well?');
    await saved(page);
    await page.getByRole('button', { name: 'Move Quick check up' }).focus();
    await page.keyboard.press('Enter');
    await saved(page);
    const order = await page.locator('ol.units li bdi').allTextContents();
    expect(order).toEqual(['Quick check', 'A small course', 'Think about it']);

    // Preview as a learner sees it, then publish with a note.
    await page.getByRole('link', { name: 'Preview (en)' }).click();
    await page.getByRole('heading', { name: 'Preview: A small course' }).waitFor();
    await page.getByRole('img', { name: 'People waiting at a bus stop' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${stack.webUrl}/authoring/a-small-course/publish`);
    await waitForApp(page);
    await page.getByRole('heading', { name: 'New: units/quick-check.en.md' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/What changed, in a sentence or two/).fill('First version');
    await page.getByRole('button', { name: 'Publish a new version' }).click();
    await page.getByText('Version 1 is published.').waitFor();
    await expectAccessible(page);

    await page.goto(`${stack.webUrl}/authoring/a-small-course/history`);
    await page.getByRole('heading', { name: 'Revision history' }).waitFor();
    await expectAccessible(page);
    const { rows } = await stack.db.query<{ version: number }>(`select version from course_version where course_id = 'a-small-course'`);
    expect(rows.map((r) => r.version)).toEqual([1]);
  });

  it('two people editing the same unit: the second save is refused and both texts are shown', async () => {
    const first = await trainerPage('trainer');
    await createCourse(first.page, 'two-editors', 'Two editors');
    const second = await trainerPage('admin');
    await openEditor(second.page, 'two-editors');

    for (const { page } of [first, second]) await page.getByRole('button', { name: 'Two editors', exact: true }).click();
    await first.page.getByLabel('Text', { exact: true }).fill('Priya wrote this.');
    await saved(first.page);
    await second.page.getByLabel('Text', { exact: true }).fill('Ada wrote this.');
    await second.page.getByRole('heading', { name: 'Two versions of the same text' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => second.page.getByLabel('Text saved by Priya Trainer').inputValue()).toContain('Priya wrote this.');
    expect(await second.page.getByLabel('Your text').inputValue()).toContain('Ada wrote this.');
    await expectAccessible(second.page);

    await second.page.getByRole('button', { name: 'Keep my text' }).click();
    await saved(second.page);
    const { rows } = await stack.db.query<{ text: string }>(
      `select files->>'units/welcome.en.md' as text from course_draft where course_id = 'two-editors'`,
    );
    expect(rows[0]!.text).toContain('Ada wrote this.');
  });

  it('an edit made while the connection is down is kept on the device and saved when it returns', async () => {
    const { context, page } = await trainerPage();
    await createCourse(page, 'offline-edits', 'Offline edits');
    await page.getByRole('button', { name: 'Offline edits', exact: true }).click();
    await context.setOffline(true);
    await page.getByLabel('Text', { exact: true }).fill('Written on the bus, without a connection.');
    await page
      .getByRole('status')
      .getByText(/Offline: your changes are kept on this device/)
      .waitFor({ timeout: 15_000 });
    await context.setOffline(false);
    await saved(page);
    const { rows } = await stack.db.query<{ text: string }>(
      `select files->>'units/welcome.en.md' as text from course_draft where course_id = 'offline-edits'`,
    );
    expect(rows[0]!.text).toContain('Written on the bus');
  });
});
