import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/browser.js';
import type { ApiClient } from '../support/graphql-client.js';
import { importPackage, startTrainerStack } from '../support/packages.js';
import { multiScoPackage, scorm12Package, scorm2004Package } from '../support/scorm-packages.js';
import { sequencedPackage } from '../support/sequencing-packages.js';
import type { Stack } from '../support/stack.js';
import { logInAsDemoInBrowser, logInInBrowser, signUpInBrowser } from '../support/web-user.js';

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

async function attemptOf(courseId: string, unitId: string) {
  const { rows } = await stack.db.query<{
    cmi: Record<string, string>;
    completion_status: string;
    success_status: string;
    score_scaled: number | null;
  }>(
    `select a.cmi, a.completion_status, a.success_status, a.score_scaled from attempt a join enrolment e on e.id = a.enrolment_id
      where e.course_id = $1 and a.unit_id = $2`,
    [courseId, unitId],
  );
  return rows[0];
}

describe('SCORM packages in the browser', () => {
  it('a trainer uploads a package in the browser and sees it checked and published', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAsDemoInBrowser(page, stack.webUrl, 'trainer');
    await page.getByRole('link', { name: 'Course packages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Course packages (SCORM)' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('SCORM package (.zip)').setInputFiles({
      name: 'browser-upload.zip',
      mimeType: 'application/zip',
      buffer: scorm12Package({ id: 'com.example.browser-upload', title: 'Uploaded in the browser' }),
    });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByText('Published as a course.').waitFor({ timeout: 30_000 });
    await expectAccessible(page);
    await page.getByRole('link', { name: 'See the course (version 1)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uploaded in the browser' }).waitFor();
    await context.close();
  });

  it('plays a SCORM 1.2 SCO from the content origin: API errors per the standard, stored commits, resume, certificate', async () => {
    const { courseId } = await importPackage(trainer, scorm12Package());
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = await signUpInBrowser(page, stack.webUrl, 'Ayaan Learner');
    await page.goto(`${stack.webUrl}/courses/${courseId}`);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByRole('link', { name: 'Only lesson' }).click();
    let sco = await scoFrame(page, '/sco/index.html');
    await expectAccessible(page);

    // The SCO's origin is the content origin, not the platform's; the platform's cookie is not there,
    // and the platform's own origin serves no package file.
    expect(new URL(sco.url()).origin).toBe(stack.contentUrl);
    expect(await sco.evaluate(() => document.cookie)).toBe('');
    const onPlatform = await fetch(`${stack.webUrl}${new URL(sco.url()).pathname}`);
    expect(onPlatform.status).toBe(404);
    expect(await onPlatform.text()).not.toContain('Lesson in SCORM 1.2');

    expect(await call(sco, 'LMSInitialize', '')).toBe('true');
    expect(await call(sco, 'LMSGetValue', 'cmi.core.student_name')).toBe('Ayaan Learner');
    expect(await call(sco, 'LMSGetValue', 'cmi.core.entry')).toBe('ab-initio');
    expect(await call(sco, 'LMSGetValue', 'cmi.student_data.mastery_score')).toBe('80');
    expect(await call(sco, 'LMSSetValue', 'cmi.core.total_time', '0000:10:00')).toBe('false');
    expect(await call(sco, 'LMSGetLastError')).toBe('403');
    expect(await call(sco, 'LMSSetValue', 'cmi.core.score.raw', 'lots')).toBe('false');
    expect(await call(sco, 'LMSGetLastError')).toBe('405');
    await call(sco, 'LMSSetValue', 'cmi.core.lesson_location', 'page-2');
    await call(sco, 'LMSSetValue', 'cmi.suspend_data', 'answers=a,b');
    await call(sco, 'LMSSetValue', 'cmi.core.score.raw', '60');
    await call(sco, 'LMSSetValue', 'cmi.core.lesson_status', 'incomplete');
    await call(sco, 'LMSSetValue', 'cmi.core.session_time', '00:02:30');
    await call(sco, 'LMSSetValue', 'cmi.core.exit', 'suspend');
    expect(await call(sco, 'LMSCommit', '')).toBe('true');
    // Closing the tab right after the commit loses nothing: the queue hands it over with keepalive.
    await page.close();
    await expect
      .poll(async () => (await attemptOf(courseId!, 'sco-item1'))?.cmi, { timeout: 30_000 })
      .toMatchObject({ 'cmi.location': 'page-2', 'cmi.suspend_data': 'answers=a,b', 'cmi.score.raw': '60', 'cmi.exit': 'suspend' });

    // On another device (a browser of its own, nothing in its storage): the SCO resumes where it was.
    const device = await browser.newContext();
    const again = await device.newPage();
    await logInInBrowser(again, stack.webUrl, email, 'practice makes progress');
    await again.goto(`${stack.webUrl}/learn`);
    await again.getByRole('link', { name: 'Continue' }).first().click();
    sco = await scoFrame(again, '/sco/index.html');
    expect(await call(sco, 'LMSInitialize', '')).toBe('true');
    expect(await call(sco, 'LMSGetValue', 'cmi.core.entry')).toBe('resume');
    expect(await call(sco, 'LMSGetValue', 'cmi.core.lesson_location')).toBe('page-2');
    expect(await call(sco, 'LMSGetValue', 'cmi.suspend_data')).toBe('answers=a,b');
    expect(await call(sco, 'LMSGetValue', 'cmi.core.total_time')).toMatch(/^0{2,4}:02:30(\.0+)?$/);
    await call(sco, 'LMSSetValue', 'cmi.core.score.raw', '90');
    await call(sco, 'LMSSetValue', 'cmi.core.lesson_status', 'passed');
    await call(sco, 'LMSSetValue', 'cmi.core.session_time', '00:01:00');
    expect(await call(sco, 'LMSFinish', '')).toBe('true');
    await expect
      .poll(async () => attemptOf(courseId!, 'sco-item1'), { timeout: 30_000 })
      .toMatchObject({ completion_status: 'completed', success_status: 'passed' });

    // Completing the only SCO completes the course, and the worker issues the certificate.
    await expect
      .poll(
        async () =>
          (await stack.db.query(`select 1 from certificate c join enrolment e on e.id = c.enrolment_id where e.course_id = $1`, [courseId]))
            .rowCount,
        { timeout: 30_000 },
      )
      .toBe(1);
    await again.goto(`${stack.webUrl}/learn`);
    await again.getByText('Completed').first().waitFor();
    await Promise.all([context.close(), device.close()]);
  }, 120_000);

  it('plays a SCORM 2004 SCO with its error codes and limits, and stores what it reports', async () => {
    const { courseId } = await importPackage(trainer, scorm2004Package());
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, stack.webUrl, 'Lina Learner');
    await page.goto(`${stack.webUrl}/courses/${courseId}`);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByRole('link', { name: 'Only lesson' }).click();
    const sco = await scoFrame(page, '/index.html');
    expect(await call(sco, 'Initialize', '')).toBe('true');
    expect(await call(sco, 'GetValue', 'cmi.learner_name')).toBe('Lina Learner');
    expect(await call(sco, 'GetValue', 'cmi.entry')).toBe('ab-initio');
    expect(await call(sco, 'SetValue', 'cmi.score.scaled', '2')).toBe('false');
    expect(await call(sco, 'GetLastError')).toBe('407');
    expect(await call(sco, 'SetValue', 'cmi.favourite_colour', 'blue')).toBe('false');
    expect(await call(sco, 'GetLastError')).toBe('401');
    expect(await call(sco, 'SetValue', 'cmi.learner_name', 'Someone else')).toBe('false');
    expect(await call(sco, 'GetLastError')).toBe('404');
    await call(sco, 'GetValue', 'cmi.exit');
    expect(await call(sco, 'GetLastError')).toBe('405');
    expect(await call(sco, 'SetValue', 'cmi.suspend_data', 'x'.repeat(64_001))).toBe('false');
    await call(sco, 'SetValue', 'cmi.interactions.0.id', 'q1');
    await call(sco, 'SetValue', 'cmi.interactions.0.type', 'choice');
    await call(sco, 'SetValue', 'cmi.interactions.0.learner_response', 'b');
    await call(sco, 'SetValue', 'cmi.interactions.0.result', 'correct');
    await call(sco, 'SetValue', 'cmi.score.scaled', '0.85');
    await call(sco, 'SetValue', 'cmi.success_status', 'passed');
    await call(sco, 'SetValue', 'cmi.completion_status', 'completed');
    await call(sco, 'SetValue', 'cmi.session_time', 'PT3M');
    expect(await call(sco, 'Terminate', '')).toBe('true');
    await expect
      .poll(async () => attemptOf(courseId!, 'sco-item1'), { timeout: 30_000 })
      .toMatchObject({
        completion_status: 'completed',
        success_status: 'passed',
        score_scaled: 0.85,
        cmi: expect.objectContaining({ 'cmi.interactions.0.learner_response': 'b', 'cmi.session_time': 'PT3M' }) as unknown,
      });
    await context.close();
  });

  it('keeps a multi-SCO package in order, moves on when a SCO asks, and rolls up the post-test', async () => {
    const { courseId } = await importPackage(trainer, multiScoPackage());
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, stack.webUrl, 'Omar Learner');
    await page.goto(`${stack.webUrl}/courses/${courseId}`);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.waitForURL(/\/learn\/[0-9a-f-]{36}$/);
    const enrolmentId = new URL(page.url()).pathname.split('/')[2]!;
    await page.goto(`${stack.webUrl}/learn/${enrolmentId}/sco-part2`);
    await page.getByText('Finish these parts first: Part one').waitFor();
    await expectAccessible(page);

    await page.getByText('Course outline').click();
    await page.getByRole('link', { name: 'Part one' }).click();
    let sco = await scoFrame(page, '/part1.html');
    await call(sco, 'Initialize', '');
    await call(sco, 'SetValue', 'cmi.completion_status', 'completed');
    await call(sco, 'SetValue', 'adl.nav.request', 'continue');
    await call(sco, 'Terminate', '');
    // The SCO asked to continue: the player moves on to part two, now open.
    sco = await scoFrame(page, '/part2.html');
    await call(sco, 'Initialize', '');
    await call(sco, 'SetValue', 'cmi.completion_status', 'completed');
    await call(sco, 'SetValue', 'adl.nav.request', 'continue');
    await call(sco, 'Terminate', '');
    sco = await scoFrame(page, '/test.html');
    await call(sco, 'Initialize', '');
    expect(await call(sco, 'GetValue', 'cmi.scaled_passing_score')).toBe('0.8');
    await call(sco, 'SetValue', 'cmi.score.scaled', '0.9');
    await call(sco, 'SetValue', 'cmi.success_status', 'passed');
    await call(sco, 'SetValue', 'cmi.completion_status', 'completed');
    await call(sco, 'Terminate', '');
    await expect.poll(async () => (await attemptOf(courseId!, 'sco-posttest'))?.success_status, { timeout: 30_000 }).toBe('passed');

    // The course's result is the post-test's: the parts before it do not count towards it.
    await page.goto(`${stack.webUrl}/learn/${enrolmentId}`);
    await page.getByText('Result: passed, 90%').waitFor();
    await expectAccessible(page);
    const { rows } = await stack.db.query<{ completed_at: Date | null }>(`select completed_at from enrolment where course_id = $1`, [
      courseId,
    ]);
    expect(rows[0]?.completed_at).not.toBeNull();
    await context.close();
  });

  it('follows what a SCO asks of a sequenced course: a jump, suspendAll back to the course page, resume, exitAll', async () => {
    // Flow and choice, three SCOs, as a 2004 4th edition authoring tool exports a course with an intro, a lesson and a quiz.
    const zip = sequencedPackage(
      'com.example.seq.sco-requests',
      'Requests from the SCO',
      [
        { id: 'intro', title: 'Introduction' },
        { id: 'lesson', title: 'Lesson' },
        { id: 'quiz', title: 'Quiz' },
      ],
      '<imsss:controlMode choice="true" flow="true"/>',
    );
    const { courseId } = await importPackage(trainer, zip);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpInBrowser(page, stack.webUrl, 'Sequencing Learner');
    await page.goto(`${stack.webUrl}/courses/${courseId}`);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.waitForURL(/\/learn\/[0-9a-f-]{36}$/);
    const enrolmentId = new URL(page.url()).pathname.split('/')[2]!;
    await page.getByRole('link', { name: 'Start' }).click();

    let sco = await scoFrame(page, '/intro.html');
    await call(sco, 'Initialize', '');
    await call(sco, 'SetValue', 'cmi.completion_status', 'completed');
    await call(sco, 'SetValue', 'adl.nav.request', '{target=quiz}jump');
    await call(sco, 'Terminate', '');
    // The jump skips the lesson: the server's sequencing delivers the quiz.
    sco = await scoFrame(page, '/quiz.html');
    await expectAccessible(page);
    await call(sco, 'Initialize', '');
    await call(sco, 'SetValue', 'cmi.location', 'question-3');
    await call(sco, 'SetValue', 'cmi.exit', 'suspend');
    await call(sco, 'SetValue', 'adl.nav.request', 'suspendAll');
    await call(sco, 'Terminate', '');
    await page.waitForURL(new RegExp(`/learn/${enrolmentId}$`), { timeout: 30_000 });
    const { rows } = await stack.db.query<{ state: string }>('select state from sequencing_state where enrolment_id = $1', [enrolmentId]);
    expect(rows[0]!.state).toContain('"isSuspended":true');
    await expectAccessible(page);

    // Back later: resuming opens the quiz where it was left, and exitAll ends the session.
    await page.goto(`${stack.webUrl}/learn/${enrolmentId}`);
    await page
      .getByRole('link', { name: /Continue|Resume/ })
      .first()
      .click();
    sco = await scoFrame(page, '/quiz.html');
    await call(sco, 'Initialize', '');
    expect(await call(sco, 'GetValue', 'cmi.entry')).toBe('resume');
    expect(await call(sco, 'GetValue', 'cmi.location')).toBe('question-3');
    await call(sco, 'SetValue', 'cmi.completion_status', 'completed');
    await call(sco, 'SetValue', 'cmi.exit', 'normal');
    await call(sco, 'SetValue', 'adl.nav.request', 'exitAll');
    await call(sco, 'Terminate', '');
    await page.waitForURL(new RegExp(`/learn/${enrolmentId}$`), { timeout: 30_000 });
    await context.close();
  });
});
