import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assetsPackage,
  CLOSING_SESSION_SECONDS,
  silentPackage,
  unloadWriterPackage,
  type Version,
} from '../support/authoring-tool-packages.js';
import { expectAccessible, waitForApp } from '../support/browser.js';
import type { ApiClient } from '../support/graphql-client.js';
import { importPackage, startTrainerStack } from '../support/packages.js';
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

/** A package's SCO frame (inside the host page on the content origin), once the page has loaded and found the API. */
async function scoFrame(page: Page, file: string): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => f.url().startsWith(stack.contentUrl) && new URL(f.url()).pathname.endsWith(file))), {
      timeout: 30_000,
    })
    .toBeDefined();
  await frame!.locator('body[data-ready="yes"]').waitFor({ timeout: 30_000 });
  return frame!;
}

/** Seconds in a total time as the SCO reads it: SCORM 2004 `PT1H2M3S`, SCORM 1.2 `0001:02:03.00`. */
function seconds(total: string): number {
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(total);
  if (iso) return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
  const [h = 0, m = 0, s = 0] = total.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

/** What the learner reads in the SCO: a first visit, or a welcome back with the time so far (from cmi.entry and total time). */
async function greeting(frame: Frame): Promise<{ resumed: boolean; seconds: number | null }> {
  const text = (await frame.locator('#welcome').textContent()) ?? '';
  const time = /Time so far: (\S+)/.exec(text)?.[1];
  return { resumed: text.startsWith('Welcome back'), seconds: time ? seconds(time) : null };
}

async function attempt(enrolmentId: string, unitId: string) {
  const { rows } = await stack.db.query<{
    cmi: Record<string, string>;
    completion_status: string;
    success_status: string;
    score_scaled: number | null;
    total_seconds: number;
  }>(`select cmi, completion_status, success_status, score_scaled, total_seconds from attempt where enrolment_id = $1 and unit_id = $2`, [
    enrolmentId,
    unitId,
  ]);
  return rows[0];
}

async function enrolInBrowser(page: Page, courseId: string, name: string): Promise<string> {
  await signUpInBrowser(page, stack.webUrl, name);
  await page.goto(`${stack.webUrl}/courses/${courseId}`);
  await page.getByRole('button', { name: 'Enrol' }).click();
  await page.waitForURL(/\/learn\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/')[2]!;
}

/** The address, and the page the learner then sees (its main heading). */
async function waitForPath(page: Page, path: string, heading?: string) {
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).toBe(path);
  if (heading) await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor({ timeout: 30_000 });
}

describe.each(['2004', '1.2'] as Version[])('a SCO that writes its results only as it closes (SCORM %s)', (version) => {
  it('keeps them however the learner leaves: platform links, outline, back button, reload, closing the tab', async () => {
    const { courseId } = await importPackage(trainer, unloadWriterPackage(version));
    const context: BrowserContext = await browser.newContext();
    let page = await context.newPage();
    const enrolmentId = await enrolInBrowser(page, courseId!, `Closing ${version}`);
    const unit = (id: string) => `/learn/${enrolmentId}/sco-${id}`;
    let sessions = 0;

    /** After leaving: everything the SCO wrote in its unload handler is stored, and its time added once more. */
    const expectStored = async () => {
      sessions += 1;
      await expect
        .poll(async () => (await attempt(enrolmentId, 'sco-slides'))?.total_seconds, { timeout: 30_000 })
        .toBe(sessions * CLOSING_SESSION_SECONDS);
      const slides = (await attempt(enrolmentId, 'sco-slides'))!;
      expect(slides).toMatchObject({ completion_status: 'incomplete', score_scaled: 0.4 });
      expect(slides.cmi).toMatchObject({ 'cmi.exit': 'suspend', 'cmi.location': 'slide-3', 'cmi.suspend_data': 'seen=1,2,3' });
      expect(slides.cmi).not.toHaveProperty('kinship.session_end');
    };
    /** Back in the SCO: it resumes (cmi.entry) with the time of every session so far. */
    const expectResumed = async () => {
      const frame = await scoFrame(page, '/story/index.html');
      expect(await greeting(frame)).toEqual({ resumed: true, seconds: sessions * CLOSING_SESSION_SECONDS });
    };

    await page.goto(`${stack.webUrl}${unit('slides')}`);
    const first = await scoFrame(page, '/story/index.html');
    expect(await greeting(first)).toEqual({ resumed: false, seconds: null });
    await expectAccessible(page);

    // 1. The platform's Continue link.
    await page.getByRole('navigation', { name: 'Unit navigation' }).getByRole('link', { name: 'Continue' }).click();
    await waitForPath(page, unit('summary'), 'Summary');
    await expectStored();
    // An asset is complete once opened.
    expect((await attempt(enrolmentId, 'sco-summary'))?.completion_status).toBe('completed');

    // 2. Previous (back into the SCO first, then on to the introduction).
    await page.getByRole('navigation', { name: 'Unit navigation' }).getByRole('link', { name: 'Previous' }).click();
    await waitForPath(page, unit('slides'), 'Slides');
    await expectResumed();
    await page.getByRole('navigation', { name: 'Unit navigation' }).getByRole('link', { name: 'Previous' }).click();
    await waitForPath(page, unit('intro'), 'Introduction');
    await expectStored();

    // 3. The course's own link, back to the course overview.
    await page.getByRole('navigation', { name: 'Unit navigation' }).getByRole('link', { name: 'Continue' }).click();
    await waitForPath(page, unit('slides'), 'Slides');
    await expectResumed();
    await page.getByRole('link', { name: `Slides that save as they close (${version})` }).click();
    await waitForPath(page, `/learn/${enrolmentId}`, `Slides that save as they close (${version})`);
    await expectStored();
    await expectAccessible(page);

    // 4. The outline.
    await page.getByRole('link', { name: 'Slides', exact: true }).click();
    await waitForPath(page, unit('slides'), 'Slides');
    await expectResumed();
    await page.getByText('Course outline').click();
    await page.getByRole('link', { name: 'Summary', exact: true }).click();
    await waitForPath(page, unit('summary'), 'Summary');
    await expectStored();

    // 5. The browser's back button (twice: back into the SCO, then out of it to the overview).
    await page.evaluate(() => history.back());
    await waitForPath(page, unit('slides'), 'Slides');
    await expectResumed();
    await page.evaluate(() => history.back());
    await waitForPath(page, `/learn/${enrolmentId}`, `Slides that save as they close (${version})`);
    await expectStored();

    // 6. A full reload of the SCO's page: the SCO opens again already resumed from what it wrote.
    await page.evaluate(() => history.forward());
    await waitForPath(page, unit('slides'), 'Slides');
    await expectResumed();
    await page.reload();
    await waitForApp(page);
    sessions += 1;
    await expectResumed();
    sessions -= 1;
    await expectStored();

    // 7. Closing the tab: the closing commit still reaches the server, and the next launch resumes from it.
    await page.close();
    await expectStored();
    page = await context.newPage();
    await page.goto(`${stack.webUrl}${unit('slides')}`);
    await expectResumed();
    await context.close();
  }, 240_000);
});

describe('content that sets no status, and plain pages', () => {
  it.each(['1.2', '2004'] as Version[])(
    'a SCORM %s SCO that never sets a status is completed when the learner finishes it',
    async (version) => {
      const { courseId } = await importPackage(trainer, silentPackage(version));
      const context = await browser.newContext();
      const page = await context.newPage();
      const enrolmentId = await enrolInBrowser(page, courseId!, `Silent ${version}`);
      await page.goto(`${stack.webUrl}/learn/${enrolmentId}/sco-page`);
      await scoFrame(page, '/page.html');
      // Leaving by the platform's link unloads the SCO, whose unload handler calls Terminate / LMSFinish.
      await page.getByRole('navigation', { name: 'Unit navigation' }).getByRole('link', { name: 'Back to the course' }).click();
      await waitForPath(page, `/learn/${enrolmentId}`);
      await expect.poll(async () => (await attempt(enrolmentId, 'sco-page'))?.completion_status, { timeout: 30_000 }).toBe('completed');
      expect((await attempt(enrolmentId, 'sco-page'))?.success_status).toBe(version === '2004' ? 'passed' : 'unknown');
      // The learner sees the course completed, and the worker issues the certificate.
      await page.reload();
      await page.getByText('You completed this course on').waitFor({ timeout: 30_000 });
      await expectAccessible(page);
      await context.close();
    },
    120_000,
  );

  it('a package of plain pages completes page by page as they are opened, and a Windows-1252 page reads as written', async () => {
    const { courseId } = await importPackage(trainer, assetsPackage());
    const context = await browser.newContext();
    const page = await context.newPage();
    const enrolmentId = await enrolInBrowser(page, courseId!, 'Pages Learner');
    await page.goto(`${stack.webUrl}/learn/${enrolmentId}/sco-welcome`);
    await scoFrameByText(page, 'Start here.');
    expect((await attempt(enrolmentId, 'sco-welcome'))?.completion_status).toBe('completed');
    expect((await attempt(enrolmentId, 'sco-history'))?.completion_status).toBeUndefined();

    await page.getByRole('navigation', { name: 'Unit navigation' }).getByRole('link', { name: 'Continue' }).click();
    await waitForPath(page, `/learn/${enrolmentId}/sco-history`);
    const legacy = await scoFrameByText(page, 'Café');
    expect(await legacy.locator('#text').textContent()).toBe('Café “talks” — naïve façade’s résumé');
    await expectAccessible(page);
    await page.getByRole('navigation', { name: 'Unit navigation' }).getByRole('link', { name: 'Continue' }).click();
    await waitForPath(page, `/learn/${enrolmentId}/sco-contact`);
    await scoFrameByText(page, 'Ask your trainer.');
    await page.goto(`${stack.webUrl}/learn/${enrolmentId}`);
    await page.getByText('You completed this course on').waitFor({ timeout: 30_000 });
    await context.close();
  }, 120_000);
});

/** A frame on the content origin whose body shows `text` (assets have no API to wait for). */
async function scoFrameByText(page: Page, text: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      async () => {
        for (const frame of page.frames().filter((f) => f.url().startsWith(stack.contentUrl))) {
          const body = await frame
            .locator('body')
            .textContent({ timeout: 1000 })
            .catch(() => '');
          if (body?.includes(text)) return (found = frame);
        }
        return undefined;
      },
      { timeout: 30_000 },
    )
    .toBeDefined();
  return found!;
}
