import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/browser.js';
import type { ApiClient } from '../support/graphql-client.js';
import { importPackage, startTrainerStack } from '../support/packages.js';
import type { Stack } from '../support/stack.js';
import { logInAsDemoInBrowser, signUpInBrowser } from '../support/web-user.js';

let stack: Stack;
let browser: Browser;
let trainer: ApiClient;
let stop: () => Promise<void> = () => Promise.resolve();
beforeAll(async () => {
  ({ stack, browser, trainer, stop } = await startTrainerStack());
}, 60_000);
afterAll(() => stop());

/** The exported player's frame: its index.html, on the content origin, inside the host page. */
async function exportedFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => new URL(f.url()).pathname.endsWith('/index.html'))), { timeout: 30_000 })
    .toBeDefined();
  await frame!.locator('button[data-nav="next"]').waitFor({ timeout: 30_000 });
  return frame!;
}

/** Goes through the practice course inside the exported package, answering the check correctly. */
async function completeExportedCourse(sco: Frame) {
  const next = sco.locator('button[data-nav="next"]');
  await sco.getByRole('heading', { name: 'Read this' }).waitFor();
  await next.click();
  await sco
    .getByRole('group', { name: /Pick A\./ })
    .getByRole('radio', { name: 'A' })
    .check();
  const both = sco.getByRole('group', { name: /Pick A and C/ });
  await both.getByRole('checkbox', { name: 'A' }).check();
  await both.getByRole('checkbox', { name: 'C' }).check();
  await sco.getByRole('button', { name: 'Check my answers' }).click();
  await sco.getByText('A is one of them.').waitFor();
  await next.click();
  await sco.getByRole('textbox').first().fill('I notice more than I thought.');
  await next.click();
  await sco.getByRole('radio', { name: 'Ask if they are all right' }).check();
  await sco.getByRole('button', { name: 'Choose' }).click();
  await sco.getByText('They feel supported.').waitFor();
}

describe('SCORM export of a native course', () => {
  for (const format of ['scorm12', 'scorm2004'] as const) {
    it(`exports as ${format}, imports back, and a learner completes it in the browser`, async () => {
      // A trainer downloads the export from the course page.
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await logInAsDemoInBrowser(page, stack.webUrl, 'trainer');
      await page.goto(`${stack.webUrl}/courses/test-practice`);
      await expectAccessible(page);
      const label = format === 'scorm12' ? 'Download as SCORM 1.2 (.zip)' : 'Download as SCORM 2004, 4th edition (.zip)';
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).click()]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const zip = Buffer.concat(chunks);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^test-practice-v1-en-${format}\\.zip$`));

      // Imported back into the platform, it is a course like any other.
      const imported = await importPackage(trainer, zip, download.suggestedFilename());
      expect(imported.problems).toEqual([]);
      expect(imported.status).toBe('published');
      // The 1.2 and 2004 exports of one course are two courses here: the second gets its version as a suffix.
      expect(imported.courseId).toMatch(/^scorm-kinship-test-practice-v1(-scorm-12|-scorm-2004)?$/);

      // A learner enrols and works through it; the package reports completion, success and score.
      const learnerContext = await browser.newContext();
      const learner = await learnerContext.newPage();
      await signUpInBrowser(learner, stack.webUrl, `Export ${format}`);
      await learner.goto(`${stack.webUrl}/courses/${imported.courseId}`);
      await learner.getByRole('button', { name: 'Enrol' }).click();
      await learner.getByRole('link', { name: 'Start' }).click();
      const sco = await exportedFrame(learner);
      await completeExportedCourse(sco);
      await expectAccessible(learner);

      await expect
        .poll(
          async () =>
            (
              await stack.db.query<{ completed_at: Date | null; completion_status: string; success_status: string; score_scaled: number }>(
                `select e.completed_at, a.completion_status, a.success_status, a.score_scaled
                   from enrolment e join attempt a on a.enrolment_id = e.id join app_user u on u.id = e.user_id
                  where e.course_id = $1 and u.display_name = $2`,
                [imported.courseId, `Export ${format}`],
              )
            ).rows[0],
          { timeout: 30_000 },
        )
        .toMatchObject({
          completion_status: 'completed',
          success_status: 'passed',
          score_scaled: 1,
          completed_at: expect.any(Date) as unknown,
        });
      await Promise.all([context.close(), learnerContext.close()]);
    });
  }
});
