import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
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

async function unitState(email: string, unitId: string) {
  const { rows } = await stack.db.query<{ completion_status: string; seq: number; cmi: Record<string, string> }>(
    `select a.completion_status, a.seq, a.cmi from attempt a join enrolment e on e.id = a.enrolment_id join app_user u on u.id = e.user_id
      where u.email = $1 and a.unit_id = $2`,
    [email, unitId],
  );
  return rows[0];
}

describe('a learner who loses the connection mid-lesson', () => {
  it('carries on offline, and nothing is lost when the connection comes back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = await signUpInBrowser(page, stack.webUrl, 'Lina Haddad', 'offline but not lost');
    await page.goto(`${stack.webUrl}/courses/getting-started`);
    await page.getByRole('button', { name: 'Enrol' }).click();
    // The player loads the next unit ahead once it is interactive; wait for that, however loaded the machine is.
    const nextUnitLoaded = page.waitForResponse((res) => res.url().includes('/ground-rules/__data.json') && res.ok(), { timeout: 30_000 });
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'How courses work' }).waitFor();
    await waitForApp(page);
    await nextUnitLoaded;

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    // The next unit was loaded ahead: the learner carries on without a connection.
    await page.getByRole('heading', { level: 1, name: 'Our shared ground rules' }).waitFor();
    await page.getByText('You are offline. Your progress is saved on this device').waitFor();
    await expectAccessible(page);
    expect((await unitState(email, 'how-courses-work'))?.completion_status).toBe('not attempted');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kinship:commits:')).length)).toBe(1);

    await context.setOffline(false);
    await expect.poll(async () => (await unitState(email, 'how-courses-work'))?.completion_status, { timeout: 30_000 }).toBe('completed');
    const stored = await unitState(email, 'how-courses-work');
    expect(stored?.cmi).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.location': 'end', 'cmi.exit': 'normal' });
    // The server stores the commit before the page reads its answer: the queue empties just after.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kinship:commits:')).length), {
        timeout: 15_000,
      })
      .toBe(0);
    await context.close();
  });
});
