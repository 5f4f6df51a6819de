import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { completeCourse, enrol, launch, makeLearner } from '../support/learner.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { startStack, type Stack } from '../support/stack.js';

const REFLECT = `mutation($input: SaveReflectionInput!) { saveReflection(input: $input) { reflection { text } } }`;

let smtp: TestSmtp;
let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  smtp = await startTestSmtp();
  [stack, browser] = await Promise.all([startStack({ worker: true, web: true, env: { SMTP_URL: smtp.url } }), launchBrowser()]);
});
afterEach((context) => {
  if (context.task.result?.state === 'fail') console.error(stack.processes.worker?.output().slice(-3000));
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await smtp?.stop();
});

/** Every page a person visits is checked with axe on arrival. */
async function visit(page: Page, action: () => Promise<unknown>) {
  await action();
  await page.waitForLoadState('networkidle');
  await waitForApp(page);
  await expectAccessible(page);
}

async function logIn(page: Page, email: string, password: string) {
  await visit(page, () => page.goto(`${stack.webUrl}/login`));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await visit(page, () => page.getByRole('button', { name: 'Log in' }).click());
}

describe('account', () => {
  it('resets a forgotten password from the link in the e-mail', async () => {
    const learner = await makeLearner(stack.apiUrl, { displayName: 'Keziah Mensah' });
    const page = await (await browser.newContext()).newPage();
    await visit(page, () => page.goto(`${stack.webUrl}/login`));
    await visit(page, () => page.getByRole('link', { name: 'Forgot your password?' }).click());
    await page.getByLabel('Email').fill(learner.email);
    await visit(page, () => page.getByRole('button', { name: 'Send the link' }).click());
    await expect.poll(() => page.getByRole('status').textContent()).toContain('If an account uses this address');

    const mail = await smtp.waitFor(learner.email, /Reset your Kinship password/);
    await visit(page, () => page.goto(smtp.linkIn(mail, `${stack.webUrl}/reset-password/`)));
    await page.getByLabel('New password').fill('password1234');
    await visit(page, () => page.getByRole('button', { name: 'Save the new password' }).click());
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('most common');

    await page.getByLabel('New password').fill('rain on the cedar roof');
    await visit(page, () => page.getByRole('button', { name: 'Save the new password' }).click());
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Your password was changed');

    await logIn(page, learner.email, 'rain on the cedar roof');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/learn');
  });

  it('lets a learner download everything held about them, then delete the account', async () => {
    const learner = await makeLearner(stack.apiUrl, { displayName: 'Oluwaseun Adeyemi' });
    const practice = await enrol(learner.client, 'test-practice');
    const attempt = await launch(learner.client, practice.enrolmentId, 'think-about-it');
    await learner.client.ok(REFLECT, {
      input: { attemptId: attempt.id, seq: 1, sessionId: 's', text: 'I want to listen before I answer.', shareWithTeacher: false },
    });
    const course = await enrol(learner.client);
    await completeCourse(learner.client, course.enrolmentId, course.unitIds);
    await expect
      .poll(async () => (await stack.db.query('select code from certificate where user_id = $1', [learner.userId])).rows.length, {
        timeout: 30_000,
      })
      .toBe(1);
    const { rows } = await stack.db.query<{ code: string }>('select code from certificate where user_id = $1', [learner.userId]);
    const code = rows[0]!.code;

    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, learner.email, learner.password);
    await visit(page, () => page.getByRole('link', { name: 'My account' }).click());
    await visit(page, () => page.getByRole('link', { name: 'My data' }).click());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data (JSON)' }).click(),
    ]);
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      account: { email: string };
      reflections: { text: string }[];
      certificates: { code: string }[];
    };
    expect(data.account.email).toBe(learner.email);
    expect(data.reflections.map((r) => r.text)).toContain('I want to listen before I answer.');
    expect(data.certificates.map((c) => c.code)).toEqual([code]);
    expect(JSON.stringify(data)).not.toMatch(/argon2|token_hash/);

    await page.getByLabel('Your current password').fill(learner.password);
    await page.getByLabel('I understand that this cannot be undone').check();
    await visit(page, () => page.getByRole('button', { name: 'Delete my account' }).click());
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('deleted');
    expect((await stack.db.query('select 1 from app_user where id = $1', [learner.userId])).rows).toHaveLength(0);
    expect((await stack.db.query('select 1 from reflection')).rows).toHaveLength(0);

    await visit(page, () => page.goto(`${stack.webUrl}/verify/${code}`));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Revoked by its holder');
  });
});
