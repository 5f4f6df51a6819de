import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, waitForApp } from '../support/browser.js';
import type { ApiClient } from '../support/graphql-client.js';
import { importPackage, startTrainerStack } from '../support/packages.js';
import { scorm12Package } from '../support/scorm-packages.js';
import type { Stack } from '../support/stack.js';

let stack: Stack;
let browser: Browser;
let trainer: ApiClient;
let stop: () => Promise<void> = () => Promise.resolve();
beforeAll(async () => {
  ({ stack, browser, trainer, stop } = await startTrainerStack());
}, 60_000);
afterAll(() => stop());

async function visit(page: Page, action: () => Promise<unknown>) {
  await action();
  await page.waitForLoadState('networkidle');
  await waitForApp(page);
  await expectAccessible(page);
}

/** Signs up through the Arabic form (the browser asks for Arabic): the account keeps Arabic. */
async function arabicLearner(page: Page) {
  await visit(page, () => page.goto(`${stack.webUrl}/signup`));
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await page.getByLabel('الاسم', { exact: true }).fill('سارا احمدی');
  await page.getByLabel('البريد الإلكتروني', { exact: true }).fill(`rtl-${Date.now()}@example.test`);
  await page.getByLabel('كلمة المرور', { exact: true }).fill('a long enough password');
  await visit(page, () => page.getByRole('button', { name: 'أنشئ الحساب' }).click());
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/learn');
}

async function scoFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => new URL(f.url()).pathname.endsWith('/sco/index.html'))), { timeout: 30_000 })
    .toBeDefined();
  await frame!.locator('body[data-ready="yes"]').waitFor({ timeout: 30_000 });
  return frame!;
}

describe('players on a right-to-left page', () => {
  it('plays a SCORM package in its frame and records it, and shows a lesson’s audio player with its file and transcript, on Arabic pages', async () => {
    const { courseId } = await importPackage(trainer, scorm12Package({ id: 'com.example.rtl', title: 'Lesson in a frame' }));
    const context = await browser.newContext({ locale: 'ar' });
    const page = await context.newPage();
    await arabicLearner(page);

    // The SCORM frame: found, sized and talking to the runtime from inside a right-to-left page.
    await visit(page, () => page.goto(`${stack.webUrl}/courses/${courseId}`));
    await visit(page, () => page.getByRole('button', { name: 'سجّل في الدورة' }).click());
    await page.getByRole('link', { name: 'Only lesson' }).click();
    const sco = await scoFrame(page);
    await expectAccessible(page);
    const frameBox = await page.locator('.sco iframe').boundingBox();
    expect(frameBox?.width).toBeGreaterThan(200);
    expect(frameBox?.height).toBeGreaterThan(200);
    const call = (method: string, ...args: string[]) =>
      sco.evaluate(
        ([name, params]) =>
          String((window as unknown as { scormApi: Record<string, (...a: string[]) => string> }).scormApi[name]!(...params)),
        [method, args] as const,
      );
    expect(await call('LMSInitialize', '')).toBe('true');
    expect(await call('LMSGetValue', 'cmi.core.student_name')).toBe('سارا احمدی');
    await call('LMSSetValue', 'cmi.core.lesson_status', 'completed');
    expect(await call('LMSFinish', '')).toBe('true');
    await expect
      .poll(
        async () =>
          (
            await stack.db.query<{ completion_status: string }>(
              'select a.completion_status from attempt a join enrolment e on e.id = a.enrolment_id where e.course_id = $1',
              [courseId],
            )
          ).rows[0]?.completion_status,
        { timeout: 30_000 },
      )
      .toBe('completed');

    // The audio player and its transcript on an Arabic page (the lesson itself is in English, its source).
    await visit(page, () => page.goto(`${stack.webUrl}/courses/test-practice`));
    await visit(page, () => page.getByRole('button', { name: 'سجّل في الدورة' }).click());
    await visit(page, () => page.getByRole('link', { name: 'Read this' }).click());
    const audio = page.locator('audio');
    await audio.waitFor({ state: 'attached' });
    // The player sits inside the page, and its file streams from the platform (the fixture is a few bytes of MPEG audio).
    const box = await audio.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    const src = await audio.evaluate((a: HTMLAudioElement) => a.currentSrc || a.querySelector('source')?.src || '');
    const media = await page.request.get(src);
    expect(media.status()).toBeLessThan(300);
    expect(media.headers()['content-type']).toMatch(/^audio\//);
    await page.getByText('النص المكتوب').click();
    await page.getByText('Hello, and welcome to this practice course.').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(page);
    await context.close();
  }, 180_000);
});
