import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/browser.js';
import type { ApiClient } from '../support/graphql-client.js';
import { importPackage, startTrainerStack } from '../support/packages.js';
import { forcedOrderPackage, SHARED_NOTES, sharedDataPackage } from '../support/sequencing-packages.js';
import type { Stack } from '../support/stack.js';
import { signUpInBrowser } from '../support/web-user.js';

let stack: Stack;
let browser: Browser;
let trainer: ApiClient;
let stop: () => Promise<void> = () => Promise.resolve();
beforeAll(async () => {
  ({ stack, browser, trainer, stop } = await startTrainerStack());
}, 60_000);
afterAll(() => stop());

/** The SCO's own frame (inside the host page on the content origin), once it has found the runtime API. */
async function scoFrame(page: Page, file: string): Promise<Frame> {
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => new URL(f.url()).pathname.endsWith(file))), { timeout: 30_000 }).toBeDefined();
  await frame!.locator('body[data-ready="yes"]').waitFor({ timeout: 30_000 });
  return frame!;
}

/** Calls the runtime API from inside the SCO, as content does. */
function call(frame: Frame, method: string, ...args: string[]): Promise<string> {
  return frame.evaluate(
    ([name, params]) => {
      const api = (window as unknown as { scormApi: Record<string, (...a: string[]) => string> }).scormApi;
      return String(api[name]!(...params));
    },
    [method, args] as const,
  );
}

/** A new learner in the browser, enrolled in the package's course and started on its first unit. */
async function startCourse(zip: Buffer, name: string) {
  const { courseId } = await importPackage(trainer, zip);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpInBrowser(page, stack.webUrl, name);
  await page.goto(`${stack.webUrl}/courses/${courseId}`);
  await page.getByRole('button', { name: 'Enrol' }).click();
  await page.waitForURL(/\/learn\/[0-9a-f-]{36}$/);
  const enrolmentId = new URL(page.url()).pathname.split('/')[2]!;
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Start' }).click();
  return { context, page, enrolmentId };
}

describe('the SCO runtime in the browser', () => {
  it('answers adl.nav.request_valid as the server sequencing decides', async () => {
    const { context, page, enrolmentId } = await startCourse(
      forcedOrderPackage('com.example.seq.browser-nav-valid', { setsOwnResult: true }),
      'Navigating Learner',
    );
    let sco = await scoFrame(page, '/lesson.html');
    await expectAccessible(page);
    await call(sco, 'Initialize', '');
    // The first activity: nothing before it; the test is disabled until the lesson is satisfied.
    expect(await call(sco, 'GetValue', 'adl.nav.request_valid.previous')).toBe('false');
    expect(await call(sco, 'GetValue', 'adl.nav.request_valid.choice.{target=test}')).toBe('false');
    expect(await call(sco, 'GetLastError')).toBe('0');
    // An id that is no activity of the course is no target the engine would deliver.
    expect(await call(sco, 'GetValue', 'adl.nav.request_valid.jump.{target=elsewhere}')).toBe('false');
    await call(sco, 'SetValue', 'cmi.completion_status', 'completed');
    await call(sco, 'SetValue', 'cmi.success_status', 'passed');
    await call(sco, 'Terminate', '');
    await expect
      .poll(
        async () =>
          (await stack.db.query('select 1 from attempt where enrolment_id = $1 and success_status = $2', [enrolmentId, 'passed'])).rowCount,
        {
          timeout: 30_000,
        },
      )
      .toBe(1);
    // Reopened after the pass: now the engine grants the test.
    await page.reload();
    sco = await scoFrame(page, '/lesson.html');
    await call(sco, 'Initialize', '');
    expect(await call(sco, 'GetValue', 'adl.nav.request_valid.choice.{target=test}')).toBe('true');
    expect(await call(sco, 'GetValue', 'adl.nav.request_valid.previous')).toBe('false');
    await expectAccessible(page);
    await context.close();
  });

  it('shares data between two SCOs: one writes the bucket, the other reads it and may not write it', async () => {
    const { context, page, enrolmentId } = await startCourse(sharedDataPackage('com.example.seq.browser-shared'), 'Sharing Learner');
    let sco = await scoFrame(page, '/reflection.html');
    await expectAccessible(page);
    await call(sco, 'Initialize', '');
    expect(await call(sco, 'GetValue', 'adl.data._count')).toBe('1');
    expect(await call(sco, 'GetValue', 'adl.data.0.id')).toBe(SHARED_NOTES);
    // Not written yet (SCORM 2004 RTE: 403, data model element value not initialized).
    await call(sco, 'GetValue', 'adl.data.0.store');
    expect(await call(sco, 'GetLastError')).toBe('403');
    expect(await call(sco, 'SetValue', 'adl.data.0.store', 'Listen first; ask before assuming.')).toBe('true');
    await call(sco, 'SetValue', 'cmi.completion_status', 'completed');
    await call(sco, 'SetValue', 'adl.nav.request', 'continue');
    await call(sco, 'Terminate', '');

    sco = await scoFrame(page, '/summary.html');
    await expectAccessible(page);
    await call(sco, 'Initialize', '');
    expect(await call(sco, 'GetValue', 'adl.data.0.store')).toBe('Listen first; ask before assuming.');
    expect(await call(sco, 'SetValue', 'adl.data.0.store', 'changed')).toBe('false');
    expect(await call(sco, 'GetLastError')).toBe('404');
    await call(sco, 'Terminate', '');
    const { rows } = await stack.db.query<{ target_id: string; store: string }>(
      'select target_id, store from shared_data where enrolment_id = $1',
      [enrolmentId],
    );
    expect(rows).toEqual([{ target_id: SHARED_NOTES, store: 'Listen first; ask before assuming.' }]);
    await context.close();
  });
});
