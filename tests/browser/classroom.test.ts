import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { repoRoot } from '../support/paths.js';
import { startStack, type Stack } from '../support/stack.js';
import { logInInBrowser, signUpInBrowser } from '../support/web-user.js';

const COURSE_TITLE = 'Getting started: learning together on Kinship';
const CLASS_NAME = 'Grade 8 Talking Circle';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ web: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Clicks what starts a download and returns the downloaded file's bytes. */
async function downloaded(page: Page, click: () => Promise<unknown>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await download.path());
}

async function pdfText(pdf: Buffer): Promise<string> {
  return (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text;
}

/** Does something that loads a page, waits for it to be interactive, and checks it with axe. */
async function visit(page: Page, action: () => Promise<unknown>) {
  await action();
  await page.waitForLoadState('load');
  await waitForApp(page);
  await expectAccessible(page);
}

describe('a teacher’s class, from making it to archiving it', () => {
  it('adds students by name and from a roster, prints cards, assigns a course; a student signs in with codes on a phone; another joins by code; the teacher reads progress', async () => {
    const teacher = await (await browser.newContext()).newPage();
    await logInInBrowser(teacher, stack.webUrl, 'teacher@demo.kinship.test', 'kinship-demo-password');
    await visit(teacher, () => teacher.getByRole('link', { name: 'Classes I teach' }).click());
    await teacher.getByLabel('Class name').fill(CLASS_NAME);
    await teacher.getByLabel('Term or school year').fill('2026–2027');
    await visit(teacher, () => teacher.getByRole('button', { name: 'Make the class' }).click());
    await teacher.getByRole('heading', { level: 1, name: CLASS_NAME }).waitFor();

    await teacher.getByLabel('Add students by name (one per line)').fill('Lina P.\nOmar S.');
    await visit(teacher, () => teacher.getByRole('button', { name: 'Add students' }).click());
    const issued = teacher.getByRole('status').filter({ hasText: 'New personal codes' });
    const linaCode = (await issued
      .getByRole('row', { name: /Lina P\./ })
      .getByRole('cell')
      .nth(1)
      .textContent())!.trim();
    expect(linaCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // A typo in a name is put right; removing a student asks first.
    const omar = teacher.getByRole('row', { name: /Omar S\./ });
    await omar.getByText('Rename Omar S.', { exact: true }).click();
    await omar.getByLabel('New display name').fill('Omar Sa.');
    await visit(teacher, () => omar.getByRole('button', { name: 'Save the name' }).click());
    await teacher.getByRole('rowheader', { name: 'Omar Sa.' }).waitFor();

    // The rest of the class comes from the school's list: previewed line by line, then imported, then cards printed.
    await visit(teacher, () => teacher.getByRole('link', { name: 'Import a roster' }).click());
    // A file over the web's 1 MB form limit is sent back with the reason, not a bare 413.
    await teacher.getByLabel('Class list (CSV, Excel workbook or OneRoster zip)').setInputFiles({
      name: 'whole-district.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Name\r\n' + 'Someone Somebody\r\n'.repeat(80_000)),
    });
    await visit(teacher, () => teacher.getByRole('button', { name: 'Show what would change' }).click());
    await teacher.getByRole('alert').filter({ hasText: 'larger than 1 MB' }).waitFor();
    // A workbook saved by LibreOffice Calc is previewed by its rows, from its first visible sheet.
    await teacher
      .getByLabel('Class list (CSV, Excel workbook or OneRoster zip)')
      .setInputFiles(join(repoRoot, 'tests/fixtures/rosters/class-9a.xlsx'));
    await visit(teacher, () => teacher.getByRole('button', { name: 'Show what would change' }).click());
    await teacher.getByText('Read from the sheet “Class 9A”. The other sheet was not read: Notes.').waitFor();
    const workbookPreview = teacher.getByRole('table', { name: 'Each line of the file and what importing would do' });
    await workbookPreview.getByRole('columnheader', { name: 'Row' }).waitFor();
    await expect(workbookPreview.getByRole('row', { name: /class-9a\.xlsx, row 4.*Zoë Ø\..*123456.*Added/ }).count()).resolves.toBe(1);
    await visit(teacher, () => teacher.getByRole('link', { name: 'Upload another file' }).click());
    const roster = 'First name;Last name;Student number\r\nAmira;Haddad;S-1001\r\nTomás;Reyes;S-1002\r\n';
    await teacher.getByLabel('Class list (CSV, Excel workbook or OneRoster zip)').setInputFiles({
      name: 'class-list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(roster, 'latin1'),
    });
    await visit(teacher, () => teacher.getByRole('button', { name: 'Show what would change' }).click());
    const previewTable = teacher.getByRole('table', { name: 'Each line of the file and what importing would do' });
    await expect(previewTable.getByRole('row', { name: /Amira H\..*Added/ }).count()).resolves.toBe(1);
    await expect(previewTable.getByRole('row', { name: /Tomás R\..*Added/ }).count()).resolves.toBe(1);
    await visit(teacher, () => teacher.getByRole('button', { name: 'Import the list' }).click());
    await teacher.getByRole('status').filter({ hasText: '2 added' }).waitFor();
    const cards = await pdfText(
      await downloaded(teacher, () => teacher.getByRole('button', { name: 'Print sign-in cards for the 2 new students' }).click()),
    );
    expect(cards).toContain('Amira H.');
    expect(cards).toContain('Tomás R.');
    expect(cards).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}/);
    await visit(teacher, () => teacher.getByRole('link', { name: 'Back to the class' }).click());

    const tomas = teacher.getByRole('row', { name: /Tomás R\./ });
    await tomas.getByText('Remove Tomás R.', { exact: true }).click();
    await visit(teacher, () => tomas.getByRole('button', { name: 'Yes, remove Tomás R.' }).click());
    await expect.poll(() => teacher.getByRole('rowheader', { name: 'Tomás R.' }).count()).toBe(0);
    await visit(teacher, () => teacher.getByRole('link', { name: 'Print sign-in cards' }).click());
    await visit(teacher, () => teacher.getByRole('link', { name: 'Back to the class' }).click());

    await teacher.getByLabel('Course', { exact: true }).selectOption({ label: COURSE_TITLE });
    await teacher.getByLabel('Due date (optional)').last().fill('2027-03-31');
    await visit(teacher, () => teacher.getByRole('button', { name: 'Assign to the class' }).click());
    await teacher.getByRole('heading', { level: 3, name: COURSE_TITLE }).waitFor();
    const classCode = (await teacher.getByTestId('sign-in-code').textContent())!.trim();
    const joinCode = (await teacher.getByTestId('join-code').textContent())!.trim();
    expect(await teacher.getByRole('img', { name: /QR code of the join link/ }).count()).toBe(1);

    // Lina has no e-mail: she signs in with her card's codes on a phone.
    const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await visit(phone, () => phone.goto(`${stack.webUrl}/class-sign-in`));
    await phone.getByLabel('Class code').fill(classCode);
    await phone.getByLabel('Your personal code').fill(linaCode.toLowerCase());
    await visit(phone, () => phone.getByRole('button', { name: 'Sign in' }).click());
    await expect.poll(() => new URL(phone.url()).pathname, { timeout: 15_000 }).toBe('/learn');
    const card = phone.getByRole('listitem').filter({ hasText: COURSE_TITLE });
    await expect(card.textContent()).resolves.toContain(`Assigned in ${CLASS_NAME}`);
    await expect(card.textContent()).resolves.toContain('Due March 31, 2027');
    await visit(phone, () => card.getByRole('link', { name: COURSE_TITLE }).click());
    await visit(phone, () => phone.getByRole('link', { name: 'Start' }).click());
    await phone.getByRole('heading', { level: 1, name: 'How courses work' }).waitFor();
    await visit(phone, () => phone.getByRole('button', { name: 'Continue' }).click());
    await phone.getByRole('heading', { level: 1, name: 'Our shared ground rules' }).waitFor();

    // Another learner, with an account, joins by the join link.
    const other = await (await browser.newContext()).newPage();
    await signUpInBrowser(other, stack.webUrl, 'Jo Newcomer');
    await visit(other, () => other.goto(`${stack.webUrl}/join/${joinCode}`));
    await visit(other, () => other.getByRole('button', { name: 'Join' }).click());
    await expect.poll(() => new URL(other.url()).pathname, { timeout: 15_000 }).toBe('/my-classes');
    await other.getByRole('heading', { level: 2, name: CLASS_NAME }).waitFor();

    // The teacher sees Lina in progress, then archives the class.
    await visit(teacher, () => teacher.reload());
    const lina = teacher.getByRole('row', { name: /Lina P\./ });
    await expect(lina.textContent()).resolves.toContain('In progress');
    // The progress page: the same truth as a table, and as a CSV.
    await visit(teacher, () => teacher.getByRole('link', { name: 'Class progress' }).click());
    await expect(teacher.getByRole('row', { name: /Lina P\./ }).textContent()).resolves.toContain('In progress');
    const csv = (await downloaded(teacher, () => teacher.getByRole('link', { name: /CSV/ }).first().click())).toString('utf8');
    expect(csv).toMatch(/Lina P\./);
    expect(csv).toMatch(/Amira H\./);
    await visit(teacher, () => teacher.getByRole('link', { name: 'Back to the class' }).click());
    await visit(teacher, () => teacher.getByRole('button', { name: 'Archive class' }).click());
    await expect(teacher.getByRole('status').filter({ hasText: 'Archived on' }).count()).resolves.toBe(1);
    await visit(other, () => other.reload());
    expect(await other.getByRole('heading', { level: 2, name: CLASS_NAME }).count()).toBe(0);
  }, 240_000);
});
