import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** CSV text as rows of cells, as a spreadsheet reads it (a byte-order mark skipped). */
const csvCells = (text: string | Buffer): string[][] => parse(text, { bom: true, columns: false });
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { organisationWithProgress } from '../support/partner-fixture.js';
import { DEMO_TOTP_SECRET } from '../support/second-factor.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { startStack, type Stack } from '../support/stack.js';
import { logInInBrowser } from '../support/web-user.js';

const KEY = 'browser-test-report-link-signing-key-0123456789';
const NAMES = { student: 'Nasrin Q., student', self: 'Jo Self-Paced', className: 'Grade 10 Civics', studentNumber: '0199' };
const OTHER = { student: 'Someone Elsewhere', self: 'Other Org Learner', className: 'Community Circle' };

let stack: Stack;
let browser: Browser;
let smtp: TestSmtp;
let riverside: Awaited<ReturnType<typeof organisationWithProgress>>;
beforeAll(async () => {
  smtp = await startTestSmtp();
  [stack, browser] = await Promise.all([
    startStack({
      web: true,
      worker: true,
      env: { REPORT_LINK_SIGNING_KEY: KEY, SMTP_URL: smtp.url, MAIL_FROM: 'Kinship <no-reply@kinship.test>' },
    }),
    launchBrowser(),
  ]);
  riverside = await organisationWithProgress(stack, 'riverside-school', NAMES);
  await organisationWithProgress(stack, 'community', OTHER);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await smtp?.stop();
});

async function visit(page: Page, action: () => Promise<unknown>) {
  await action();
  await page.waitForLoadState('load');
  await waitForApp(page);
  await expectAccessible(page);
}

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
  return readFile(await file.path());
}

describe('the demo partner admin', () => {
  it('opens the dashboard, filters the report, downloads CSV and XLSX that say what the learners did, and deactivates a member', async () => {
    const page = await (await browser.newContext()).newPage();
    await logInInBrowser(page, stack.webUrl, 'partner@demo.kinship.test', 'kinship-demo-password', DEMO_TOTP_SECRET);
    await visit(page, () => page.getByRole('link', { name: 'My organisation' }).click());
    await page.getByRole('heading', { level: 1, name: /dashboard/ }).waitFor();
    // Each chart is an SVG picture with the same numbers in a table beside it.
    expect(await page.locator('figure.chart svg').count()).toBe(3);
    const byClass = page.getByRole('table', { name: 'Enrolments, completions and overdue, per class' });
    expect(
      await byClass
        .getByRole('row', { name: new RegExp(NAMES.className) })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['1', '0', '1']);
    expect(await page.content()).not.toContain(OTHER.className);

    await visit(page, () => page.getByRole('link', { name: 'Completion report' }).click());
    await page.getByText('What this report holds').waitFor();
    await page.getByLabel('Class').selectOption({ label: NAMES.className });
    await visit(page, () => page.getByRole('button', { name: 'Show' }).click());
    const table = page.getByRole('table', { name: 'One row per learner and course' });
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(2);
    await rows.nth(1).getByRole('rowheader', { name: NAMES.student }).waitFor();
    // The school's own student number, from the class roster, beside the name.
    expect((await table.getByRole('columnheader').allTextContents()).slice(0, 3)).toEqual(['Learner', 'Student number', 'Class']);
    expect(await rows.nth(1).getByRole('cell').first().textContent()).toBe(NAMES.studentNumber);

    const csv = csvCells(await download(page, 'Download CSV'));
    const header = csv[0]!;
    expect(csv).toHaveLength(2);
    const student = Object.fromEntries(header.map((h, i) => [h, csv[1]![i]]));
    expect(student).toMatchObject({
      Learner: NAMES.student,
      'Student number': NAMES.studentNumber,
      Class: NAMES.className,
      Completion: 'In progress',
      'Time spent (minutes)': '2',
      Overdue: 'yes',
      'Score (%)': '',
    });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page, 'Download Excel workbook (XLSX)')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    const cells = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1);
    const column = (name: string) => cells[(sheet.getRow(1).values as string[]).slice(1).indexOf(name)];
    expect(column('Learner')).toBe(NAMES.student);
    expect(column('Student number')).toBe(NAMES.studentNumber);
    expect(column('Time spent (minutes)')).toBe(2);
    expect(column('Enrolled (UTC)')).toBeInstanceOf(Date);

    // Without the class filter, the member who took a course on their own is there too, completed.
    await visit(page, () => page.goto(`${stack.webUrl}/partner/${new URL(page.url()).pathname.split('/')[2]}/report?status=completed`));
    await page.getByRole('rowheader', { name: NAMES.self }).waitFor();
    const all = csvCells(await download(page, 'Download CSV for Excel'));
    expect(all.slice(1).map((r) => [r[0], r[header.indexOf('Completion')]])).toContainEqual([NAMES.self, 'Completed']);
    expect(JSON.stringify(all)).not.toContain(OTHER.self);

    await visit(page, () => page.getByRole('link', { name: 'People' }).click());
    await visit(page, () => page.getByRole('button', { name: new RegExp(`^Deactivate \\W?${NAMES.self}\\W?$`) }).click());
    await page.getByRole('status').filter({ hasText: 'can no longer log in' }).waitFor();
    const me = await riverside.self.client.gql(`query { me { id } }`);
    expect(me.data?.me ?? null).toBeNull();
  }, 180_000);

  it('schedules a monthly report to a teacher with the report’s filters, sends it now, and the mailed link asks them to log in', async () => {
    const page = await (await browser.newContext()).newPage();
    await logInInBrowser(page, stack.webUrl, 'partner@demo.kinship.test', 'kinship-demo-password', DEMO_TOTP_SECRET);
    await visit(page, () => page.getByRole('link', { name: 'My organisation' }).click());
    await visit(page, () => page.getByRole('link', { name: 'Scheduled reports' }).click());
    await page.getByLabel(new RegExp(`Teacher of ${NAMES.className}`)).check();
    await page.getByLabel('CSV').check();
    await page.getByLabel('Class').selectOption({ label: NAMES.className });
    await page.getByLabel('Enrolment dates').selectOption({ label: 'Last 30 days' });
    await page.getByLabel('Status').selectOption({ label: 'In progress' });
    await visit(page, () => page.getByRole('button', { name: 'Schedule the report' }).click());
    await page.getByRole('status').filter({ hasText: 'The report is scheduled.' }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: NAMES.className });
    await item.getByText(/Last 30 days · In progress/).waitFor();

    // "Send now": the mail goes out at once, by the same queue as a scheduled sending; a second click is refused.
    await visit(page, () => item.getByRole('button', { name: 'Send now' }).click());
    await page.getByRole('status').filter({ hasText: 'The report is on its way' }).waitFor();
    await item.getByText(/^Last sent:/).waitFor();
    await visit(page, () => item.getByRole('button', { name: 'Send now' }).click());
    await item.getByRole('alert').filter({ hasText: 'only a few minutes ago' }).waitFor();

    const mail = await smtp.waitFor(riverside.teacher.email, /completion report/, 30_000);
    expect(mail.text).not.toContain(NAMES.student);
    const link = smtp.linkIn(mail, `${stack.webUrl}/report-links/`);
    const teacher = await (await browser.newContext()).newPage();
    await visit(teacher, () => teacher.goto(link));
    expect(new URL(teacher.url()).pathname).toBe('/login');
    await teacher.getByLabel('Email').fill(riverside.teacher.email);
    await teacher.getByLabel('Password').fill(riverside.teacher.password);
    await teacher.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => teacher.url(), { timeout: 15_000 }).toBe(link);
    await waitForApp(teacher);
    await expectAccessible(teacher);
    const csv = csvCells(await download(teacher, 'Download CSV for Excel'));
    // The schedule's filters (the class, in progress); a teacher is sent no student numbers.
    expect(csv.slice(1).map((r) => r[0])).toEqual([NAMES.student]);
    expect(csv[0]).not.toContain('Student number');
  }, 120_000);

  it('lets a platform admin read the funder report, with small counts shown as "fewer than 10"', async () => {
    const page = await (await browser.newContext()).newPage();
    await logInInBrowser(page, stack.webUrl, 'admin@demo.kinship.test', 'kinship-demo-password', DEMO_TOTP_SECRET);
    await visit(page, () => page.getByRole('link', { name: 'Administration' }).click());
    await visit(page, () => page.getByRole('link', { name: 'Funder report' }).click());
    const perOrganisation = page.getByRole('table', { name: 'Per organisation', exact: true });
    await perOrganisation.getByRole('row', { name: /Riverside/ }).waitFor();
    expect(await perOrganisation.getByRole('row', { name: /Community/ }).textContent()).toContain('fewer than 10');
    expect(await page.content()).not.toContain(NAMES.student);
  }, 120_000);
});
