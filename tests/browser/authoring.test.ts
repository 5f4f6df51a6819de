import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectFitsPhone, launchBrowser, waitForApp } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { ApiClient } from '../support/graphql-client.js';
import { logInAsDemo } from '../support/packages.js';
import { logInAsDemoInBrowser, signUpInBrowser } from '../support/web-user.js';

// A real 1×1 PNG, so the image a trainer uploads is an image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ web: true, worker: true }), launchBrowser()]);
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

// A lesson opens in the rich-text editor; its Markdown textarea is behind the "Markdown source" toggle.
async function markdownSource(page: Page) {
  await page.getByRole('button', { name: 'Markdown source' }).click();
  return page.getByLabel('Text', { exact: true });
}

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
    await page.getByRole('heading', { name: 'Video and audio' }).waitFor();
    await expectAccessible(page);
    await (await markdownSource(page)).fill('## Listening first\n\nListening is where respect starts.');
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
    const order = () => page.locator('ol.units li bdi').allTextContents();
    expect(await order()).toEqual(['Quick check', 'A small course', 'Think about it']);
    // And by drag and drop: the reflection onto the first place, then back by keyboard.
    await page.locator('ol.units li', { hasText: 'Think about it' }).dragTo(page.locator('ol.units li', { hasText: 'Quick check' }));
    await expect.poll(order).toEqual(['Think about it', 'Quick check', 'A small course']);
    await page.getByRole('button', { name: 'Move Think about it down' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Move Think about it down' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(order).toEqual(['Quick check', 'A small course', 'Think about it']);
    await saved(page);

    // On a phone the editor fits the screen's width.
    await expectFitsPhone(page);

    // Offered in French too: the lesson gets its translation beside the source text.
    await page.getByLabel('Languages offered').fill('en, fr');
    await page.getByRole('button', { name: 'A small course', exact: true }).click();
    await page.getByLabel('Language of this text').selectOption('fr');
    await (await markdownSource(page)).fill('## Écouter en premier\n\nLe respect commence par une écoute attentive.');
    await saved(page);
    await page.getByRole('link', { name: 'Preview (fr)' }).click();
    await page.getByText('Le respect commence par une écoute attentive.').waitFor();
    await expectAccessible(page);
    await page.goto(`${stack.webUrl}/authoring/a-small-course/translations`);
    await page.getByText('fr: 1 of 3 units translated and up to date').waitFor();
    await expect.poll(() => page.getByText('Missing', { exact: true }).count()).toBe(2);
    await expectAccessible(page);
    await openEditor(page, 'a-small-course');

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

  it('a trainer writes a lesson in the rich-text editor, by keyboard and toolbar, and the saved file holds course Markdown', async () => {
    const { page } = await trainerPage();
    await createCourse(page, 'rich-text', 'Rich text');
    await page.getByRole('button', { name: 'Rich text', exact: true }).click();
    const toolbar = page.getByRole('toolbar', { name: 'Text formatting' });
    await toolbar.waitFor();
    const body = page.getByRole('textbox', { name: 'Text', exact: true });
    await expectAccessible(page);
    // The editor, its toolbar and the media forms beside it fit a phone's width.
    await expectFitsPhone(page);

    // The toolbar is one stop in the tab order; arrow keys, Home and End move along its labelled buttons.
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await toolbar.getByRole('button', { name: 'Section heading' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Subheading');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Warning callout');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('Section heading');
    // The blank lesson opens with its title as a section heading: Enter on the pressed button makes it a paragraph.
    const heading = toolbar.getByRole('button', { name: 'Section heading' });
    expect(await heading.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.getAttribute('aria-pressed')).toBe('false');

    // A heading, a paragraph, a list and a link, typed as a trainer types them, on a device whose frames come late
    // (a busy tablet): keys pressed right after a toolbar click must reach the text, not the button.
    await page.evaluate(() => {
      const frame = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => window.setTimeout(() => frame(callback), 250);
    });
    await body.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await heading.click();
    await page.keyboard.type('Listening first');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Listening is where respect starts.');
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('Listen to the end');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ask what would help');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Read the guide');
    for (let i = 0; i < 'the guide'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await toolbar.getByRole('button', { name: 'Link' }).click();
    await page.getByLabel('Link address').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Apply the link' }).click();
    await page.getByRole('alert').getByText('Write an address that starts with https://').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Link address').fill('https://example.org/guide');
    await page.getByRole('button', { name: 'Apply the link' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    // And a callout around the paragraph the cursor is in.
    await page.keyboard.type('Take your time.');
    await toolbar.getByRole('button', { name: 'Tip callout' }).click();
    await expect.poll(() => toolbar.getByRole('button', { name: 'Tip callout' }).getAttribute('aria-pressed')).toBe('true');
    await saved(page);

    const fileText = async () => {
      const { rows } = await stack.db.query<{ text: string }>(
        `select files->>'units/welcome.en.md' as text from course_draft where course_id = 'rich-text'`,
      );
      return rows[0]!.text;
    };
    const expected = [
      '## Listening first',
      '',
      'Listening is where respect starts.',
      '',
      '- Listen to the end',
      '- Ask what would help',
      '',
      'Read [the guide](https://example.org/guide).',
      '',
      '::: tip',
      'Take your time.',
      ':::',
      '',
    ].join('\n');
    expect(await fileText()).toMatch(/^---\ntype: lesson\ntitle: Rich text\n---\n\n/);
    expect((await fileText()).split('---\n\n')[1]).toBe(expected);
    await expectAccessible(page);

    // HTML pasted from elsewhere keeps only what Markdown holds: no markup, no script, no styling.
    await body.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await body.evaluate((element) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<h3 style="color:red">Pasted heading</h3><p>Some <span style="color:red">red</span> <u>underlined</u> <b>bold</b> text<script>alert(1)</script></p><iframe src="https://example.org"></iframe>',
      );
      data.setData('text/plain', 'Pasted heading Some red underlined bold text');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(fileText, { timeout: 15_000 }).toContain('### Pasted heading\n\nSome red underlined **bold** text');
    await saved(page);
    expect(await fileText()).not.toMatch(/<|alert|iframe|style/);

    // An uploaded image goes in at the cursor, with its description.
    await page.getByLabel('Image (PNG, JPEG, GIF or WebP)').setInputFiles({ name: 'circle.png', mimeType: 'image/png', buffer: PNG });
    await page.getByLabel(/Short description for people who cannot see it/).fill('A circle of chairs');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect.poll(fileText, { timeout: 15_000 }).toContain('![A circle of chairs](media/circle.png)');
    await saved(page);

    // The Markdown source shows the same text; back in the editor, the heading is a heading.
    const source = await markdownSource(page);
    expect(await source.inputValue()).toContain('::: tip\nTake your time.\n:::');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Markdown source' }).click();
    await body.getByRole('heading', { name: 'Listening first' }).waitFor();
    await body.getByRole('link', { name: 'the guide' }).waitFor();
  });

  it('two people editing the same unit: the second save is refused and both texts are shown', async () => {
    const first = await trainerPage('trainer');
    await createCourse(first.page, 'two-editors', 'Two editors');
    const second = await trainerPage('admin');
    await openEditor(second.page, 'two-editors');

    for (const { page } of [first, second]) await page.getByRole('button', { name: 'Two editors', exact: true }).click();
    await (await markdownSource(first.page)).fill('Priya wrote this.');
    await saved(first.page);
    await (await markdownSource(second.page)).fill('Ada wrote this.');
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
    const text = await markdownSource(page);
    await context.setOffline(true);
    await text.fill('Written on the bus, without a connection.');
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

  it('a learner takes a course written in the browser to its certificate, and stays on version 1 when version 2 comes', async () => {
    // The course is written over the api as the editor writes it: files of a course folder.
    const admin = new ApiClient(stack.apiUrl);
    await logInAsDemo(admin, 'admin');
    const save = `mutation($id: ID!, $rev: Int!, $changes: [FileChangeInput!]!) { saveDraftFiles(courseId: $id, expectedRevision: $rev, changes: $changes) { revision problems { message severity } } }`;
    await admin.ok('mutation { createCourseDraft(input: { courseId: "learn-it", title: "Learn it" }) { revision } }');
    const course = `id: learn-it\nsourceLocale: en\nlocales: [en]\ntitle: { en: Learn it }\ndescription: { en: A short course. }\nestimatedMinutes: 5\nmodules:\n  - id: m\n    title: { en: Only module }\n    units: [quick-check, welcome]\n`;
    const check = `---\ntype: check\ntitle: Quick check\nquestions:\n  - id: q1\n    kind: single\n    prompt: Pick listening.\n    options:\n      - { id: a, text: Listening, correct: true, feedback: Right. }\n      - { id: b, text: Talking, correct: false, feedback: Not this one. }\n---\n`;
    const welcome = `---\ntype: lesson\ntitle: Welcome\n---\n\nThanks for taking part.\n`;
    const saved1 = await admin.ok<{ saveDraftFiles: { revision: number; problems: { severity: string }[] } }>(save, {
      id: 'learn-it',
      rev: 1,
      changes: [
        { path: 'course.yaml', text: course },
        { path: 'units/quick-check.en.md', text: check },
        { path: 'units/welcome.en.md', text: welcome },
      ],
    });
    expect(saved1.saveDraftFiles.problems.filter((p) => p.severity === 'error')).toEqual([]);
    await admin.ok('mutation { publishCourseDraft(courseId: "learn-it", note: "First") { version } }');

    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const email = await signUpInBrowser(page, stack.webUrl, 'Noor Learner');
    await page.goto(`${stack.webUrl}/courses/learn-it`);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quick check' }).waitFor();
    await page.getByRole('radio', { name: 'Listening' }).check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await page.getByRole('link', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
    await page.getByRole('button', { name: 'Finish course' }).click();
    await page.getByRole('link', { name: 'Download certificate (PDF)' }).waitFor({ timeout: 30_000 });
    await expectAccessible(page);

    await admin.ok(save, {
      id: 'learn-it',
      rev: saved1.saveDraftFiles.revision,
      changes: [{ path: 'units/welcome.en.md', text: welcome + '\nA new line.\n' }],
    });
    await admin.ok('mutation { publishCourseDraft(courseId: "learn-it", note: "Second") { version } }');
    const { rows } = await stack.db.query<{ version: number }>(
      `select v.version from enrolment e join course_version v on v.id = e.course_version_id join app_user u on u.id = e.user_id where u.email = $1`,
      [email],
    );
    expect(rows.map((r) => r.version)).toEqual([1]);
  });

  it('a review link lets a colleague without an account read the draft and comment, and the trainer reads the comment', async () => {
    const { page } = await trainerPage();
    await createCourse(page, 'for-a-colleague', 'For a colleague');
    await page.goto(`${stack.webUrl}/authoring/for-a-colleague/publish`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Share for review' }).click();
    const url = await page.getByLabel(/Review link/).inputValue();
    expect(url).toMatch(/\/review\/[\w-]{20,}$/);

    const colleague = await browser.newContext();
    contexts.push(colleague);
    const reader = await colleague.newPage();
    await reader.goto(url);
    await waitForApp(reader);
    await reader.getByRole('heading', { name: 'Review: For a colleague' }).waitFor();
    await expectAccessible(reader);
    await reader.getByLabel('Your name').fill('Jo Colleague');
    await reader.getByLabel('Your comment on For a colleague').fill('Could it open with a question?');
    await reader.getByRole('button', { name: 'Send the comment' }).click();
    await reader.getByText('Thank you: your comment was sent').waitFor();
    await expectAccessible(reader);
    // Reading is all the link allows: the editor stays closed to it.
    await reader.goto(`${stack.webUrl}/authoring/for-a-colleague`);
    await expect.poll(() => new URL(reader.url()).pathname).toBe('/login');

    await page.reload();
    await page.getByText('Could it open with a question?').waitFor();
    await expectAccessible(page);
  });
});
