import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { makeLearner } from '../support/learner.js';
import { DEMO_TOTP_SECRET } from '../support/second-factor.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { startStack, type Stack } from '../support/stack.js';
import { logInInBrowser } from '../support/web-user.js';

let smtp: TestSmtp;
let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  smtp = await startTestSmtp();
  [stack, browser] = await Promise.all([startStack({ worker: true, web: true, env: { SMTP_URL: smtp.url } }), launchBrowser()]);
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

/** The demo partner admin (Riverside, second factor) invites an address with a role, in the browser. */
async function invite(email: string, role: string, locale: 'en' | 'fr') {
  const page = await (await browser.newContext()).newPage();
  await logInInBrowser(page, stack.webUrl, 'partner@demo.kinship.test', 'kinship-demo-password', DEMO_TOTP_SECRET);
  await visit(page, () => page.goto(`${stack.webUrl}/account/invitations`));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Role').selectOption(role);
  await page.getByLabel('Language of the invitation').selectOption(locale);
  await visit(page, () => page.getByRole('button', { name: 'Send the invitation' }).click());
  await expect.poll(() => page.getByRole('status').textContent()).toContain(`Invitation sent to ${email}`);
  await page.context().close();
}

async function membershipsOf(email: string) {
  const { rows } = await stack.db.query<{ role: string; slug: string }>(
    `select m.role, o.slug from membership m join app_user u on u.id = m.user_id join organisation o on o.id = m.organisation_id
      where u.email = $1 order by m.role`,
    [email],
  );
  return rows;
}

describe('invitations', () => {
  it('a partner admin invites a new person, the mail arrives in the chosen language, and its link makes the account with the role', async () => {
    const email = `invitee-${randomBytes(4).toString('hex')}@example.test`;
    await invite(email, 'teacher', 'fr');

    const mail = await smtp.waitFor(email);
    expect(mail.lang).toBe('fr');
    expect(mail.text).toContain('Riverside Secondary (demo school)');
    const link = smtp.linkIn(mail, `${stack.webUrl}/invitations/`);

    const page = await (await browser.newContext()).newPage();
    await visit(page, () => page.goto(link));
    await expect.poll(() => page.getByText('You are invited to join Riverside Secondary (demo school) as teacher.').count()).toBe(1);
    await page.getByLabel('Name').fill('Amara Okonkwo');
    await page.getByLabel('Password').fill('cedar smoke and river stones');
    await visit(page, () => page.getByRole('button', { name: 'Make my account and join' }).click());
    await expect.poll(() => new URL(page.url()).pathname).toBe('/learn');
    expect(await membershipsOf(email)).toEqual([{ role: 'teacher', slug: 'riverside-school' }]);

    // The link is spent: a second visit makes nothing. The new account speaks the language it was invited in.
    await visit(page, () => page.goto(link));
    await expect.poll(() => page.getByText('Ce lien a expiré ou a déjà servi.', { exact: false }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the link joins an existing account to the organisation, once its owner is logged in', async () => {
    const learner = await makeLearner(stack.apiUrl, { displayName: 'Rowan Tremblay' });
    await invite(learner.email, 'teacher', 'en');
    const mail = await smtp.waitFor(learner.email, /invited/);
    expect(mail.lang).toBe('en');
    const link = smtp.linkIn(mail, `${stack.webUrl}/invitations/`);

    const page = await (await browser.newContext()).newPage();
    await visit(page, () => page.goto(link));
    await expect.poll(() => page.getByText(`Please log in as ${learner.email} to accept.`).count()).toBe(1);
    await logInInBrowser(page, stack.webUrl, learner.email, learner.password);
    await visit(page, () => page.goto(link));
    await visit(page, () => page.getByRole('button', { name: 'Accept and join' }).click());
    await expect.poll(() => new URL(page.url()).pathname).toBe('/learn');
    expect(await membershipsOf(learner.email)).toContainEqual({ role: 'teacher', slug: 'riverside-school' });
    await page.context().close();
  });
});
