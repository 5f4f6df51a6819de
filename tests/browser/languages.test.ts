import { mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, waitForApp } from '../support/browser.js';
import { repoRoot } from '../support/paths.js';
import { startStack, type Stack } from '../support/stack.js';
import { logInAsDemoInBrowser } from '../support/web-user.js';

// Screenshots for a person to look at; the folder is gitignored.
const OUTPUT = join(repoRoot, 'tests', 'test-output');

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ worker: true, web: true }), launchBrowser(), mkdir(OUTPUT, { recursive: true })]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Every page visited is checked with axe once it has settled. */
async function visit(page: Page, action: () => Promise<unknown>) {
  await action();
  await page.waitForLoadState('networkidle');
  await waitForApp(page);
  await expectAccessible(page);
}

/** 60 KB of gzip JavaScript on the learner's lesson page, in every language (issue 13). */
const LESSON_PAGE_JS_BUDGET = 60 * 1024;

/** The gzip size of every script the page loads, and of the data inlined in its HTML (the catalogue travels there). */
async function javascriptOf(context: BrowserContext, url: string): Promise<{ files: number; inline: number }> {
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await waitForApp(page);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '').join('\n'),
  );
  const files = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0);
  await page.close();
  return { files, inline: gzipSync(inline).length };
}

const htmlLang = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

/** The words a learner meets on the way, in one language (from that language's catalogue and course translation). */
interface Path {
  browserLocale: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  name: string;
  labels: { name: string; email: string; password: string; createAccount: string; courses: string; enrol: string; start: string };
  course: string;
  units: [string, string, string];
  next: string;
  finish: string;
  completed: string;
}

const ARABIC: Path = {
  browserLocale: 'ar-SA',
  lang: 'ar',
  dir: 'rtl',
  name: 'ليلى حداد',
  labels: {
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    createAccount: 'أنشئ الحساب',
    courses: 'الدورات',
    enrol: 'سجّل في الدورة',
    start: 'ابدأ',
  },
  course: 'البداية: نتعلّم معًا على Kinship',
  units: ['كيف تعمل الدورات', 'قواعدنا المشتركة', 'شهادتك'],
  next: 'تابع',
  finish: 'أنهِ الدورة',
  completed: 'مكتملة',
};

const PUNJABI: Path = {
  browserLocale: 'pa-IN',
  lang: 'pa',
  dir: 'ltr',
  name: 'ਹਰਪ੍ਰੀਤ ਕੌਰ',
  labels: {
    name: 'ਨਾਂ',
    email: 'ਈਮੇਲ',
    password: 'ਪਾਸਵਰਡ',
    createAccount: 'ਖਾਤਾ ਬਣਾਓ',
    courses: 'ਕੋਰਸ',
    enrol: 'ਦਾਖ਼ਲਾ ਲਓ',
    start: 'ਸ਼ੁਰੂ ਕਰੋ',
  },
  course: 'ਸ਼ੁਰੂਆਤ: Kinship ’ਤੇ ਮਿਲ ਕੇ ਸਿੱਖਣਾ',
  units: ['ਕੋਰਸ ਕਿਵੇਂ ਚੱਲਦੇ ਹਨ', 'ਸਾਡੇ ਸਾਂਝੇ ਨਿਯਮ', 'ਤੁਹਾਡਾ ਸਰਟੀਫ਼ਿਕੇਟ'],
  next: 'ਜਾਰੀ ਰੱਖੋ',
  finish: 'ਕੋਰਸ ਪੂਰਾ ਕਰੋ',
  completed: 'ਪੂਰਾ ਹੋਇਆ',
};

/** First visit in the browser's language, sign-up, the catalogue, the course, every unit, completion. */
async function walkTheLearnerPath(context: BrowserContext, path: Path): Promise<{ page: Page; email: string; password: string }> {
  const page = await context.newPage();
  const email = `${path.lang}-${Date.now()}@example.test`;
  const password = 'a long enough password';
  await visit(page, () => page.goto(stack.webUrl));
  expect(await htmlLang(page)).toEqual([path.lang, path.dir]);

  await visit(page, () => page.goto(`${stack.webUrl}/signup`));
  await page.getByLabel(path.labels.name, { exact: true }).fill(path.name);
  await page.getByLabel(path.labels.email, { exact: true }).fill(email);
  await page.getByLabel(path.labels.password, { exact: true }).fill(password);
  await visit(page, () => page.getByRole('button', { name: path.labels.createAccount }).click());
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/learn');
  // The name sits isolated inside the translated "signed in as" sentence.
  await expect(page.locator('header bdi').first().textContent()).resolves.toBe(path.name);

  await visit(page, () => page.getByRole('link', { name: path.labels.courses, exact: true }).first().click());
  await visit(page, () => page.getByRole('link', { name: path.course }).click());
  await page.getByRole('heading', { level: 1, name: path.course }).waitFor();
  await visit(page, () => page.getByRole('button', { name: path.labels.enrol }).click());
  await visit(page, () => page.getByRole('link', { name: path.labels.start, exact: true }).click());
  for (const [index, title] of path.units.entries()) {
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await htmlLang(page)).toEqual([path.lang, path.dir]);
    const last = index === path.units.length - 1;
    await visit(page, () => page.getByRole('button', { name: last ? path.finish : path.next, exact: true }).click());
  }
  await expect.poll(() => page.getByText(path.completed, { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return { page, email, password };
}

async function switchLanguage(page: Page, from: string, to: string) {
  const labels: Record<string, [string, string]> = {
    en: ['Language', 'Change language'],
    ar: ['اللغة', 'غيّر اللغة'],
    pa: ['ਭਾਸ਼ਾ', 'ਭਾਸ਼ਾ ਬਦਲੋ'],
    fa: ['زبان', 'تغییر زبان'],
    ja: ['言語', '言語を変更'],
    es: ['Idioma', 'Cambiar idioma'],
  };
  const [label, button] = labels[from]!;
  const pathname = new URL(page.url()).pathname;
  await page.getByLabel(label, { exact: true }).selectOption(to);
  await visit(page, () => page.getByRole('button', { name: button }).click());
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe(to);
  expect(new URL(page.url()).pathname).toBe(pathname);
}

describe('the interface in the learner’s language', () => {
  it('takes an Arabic-speaking learner through the whole course right to left, and remembers Arabic on another device', async () => {
    const context = await browser.newContext({ locale: ARABIC.browserLocale, acceptDownloads: true });
    const { page, email, password } = await walkTheLearnerPath(context, ARABIC);

    // Right to left: the page, the progress bar and the unit navigation follow the direction.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction)).toBe('rtl');
    await page.screenshot({ path: join(OUTPUT, 'learner-arabic.png'), fullPage: true });
    // A course not yet in Arabic is shown in its source language, and says so.
    await visit(page, () => page.goto(`${stack.webUrl}/courses/responding-to-racism`));
    await expect(page.getByRole('note').textContent()).resolves.toContain('هذه الدورة غير متاحة بعد باللغة');
    await context.close();

    // Next time, on a browser that asks for English, the stored language wins once logged in.
    const english = await browser.newContext({ locale: 'en-CA' });
    const other = await english.newPage();
    await visit(other, () => other.goto(`${stack.webUrl}/login`));
    expect(await htmlLang(other)).toEqual(['en', 'ltr']);
    await other.getByLabel('Email').fill(email);
    await other.getByLabel('Password').fill(password);
    await visit(other, () => other.getByRole('button', { name: 'Log in' }).click());
    await expect.poll(() => htmlLang(other), { timeout: 15_000 }).toEqual(['ar', 'rtl']);
    await english.close();
  }, 180_000);

  it('takes a Punjabi-speaking learner through the whole course in Gurmukhi', async () => {
    const context = await browser.newContext({ locale: PUNJABI.browserLocale });
    const { page } = await walkTheLearnerPath(context, PUNJABI);
    await page.screenshot({ path: join(OUTPUT, 'learner-punjabi.png'), fullPage: true });
    await context.close();
  }, 180_000);

  it('switches language on every kind of page, keeps the page, and stores the choice with the account', async () => {
    const context = await browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    // A visitor's pages: the catalogue, a course, the log-in form and the certificate check.
    await visit(page, () => page.goto(stack.webUrl));
    // The catalogue says which languages each course is offered in.
    const gettingStarted = page.getByRole('listitem').filter({ hasText: 'Getting started: learning together on Kinship' });
    await expect(gettingStarted.getByText(/^Offered in: .*Punjabi.*Vietnamese/).count()).resolves.toBe(1);
    await switchLanguage(page, 'en', 'fa');
    expect(await htmlLang(page)).toEqual(['fa', 'rtl']);
    await visit(page, () => page.goto(`${stack.webUrl}/courses/getting-started`));
    await switchLanguage(page, 'fa', 'ja');
    await visit(page, () => page.goto(`${stack.webUrl}/verify`));
    await switchLanguage(page, 'ja', 'es');
    await visit(page, () => page.goto(`${stack.webUrl}/signup`));
    await switchLanguage(page, 'es', 'en');

    // A learner's pages: my learning, a unit, the account; the choice made on a unit page is stored.
    const email = `switch-${Date.now()}@example.test`;
    await page.getByLabel('Name').fill('Sam Okafor');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough password');
    await visit(page, () => page.getByRole('button', { name: 'Create account' }).click());
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/learn');
    await switchLanguage(page, 'en', 'ar');
    await visit(page, () => page.goto(`${stack.webUrl}/courses/getting-started`));
    await visit(page, () => page.getByRole('button', { name: 'سجّل في الدورة' }).click());
    await visit(page, () => page.getByRole('link', { name: 'ابدأ', exact: true }).click());
    await page.getByRole('heading', { level: 1, name: 'كيف تعمل الدورات' }).waitFor();
    await switchLanguage(page, 'ar', 'pa');
    await page.getByRole('heading', { level: 1, name: 'ਕੋਰਸ ਕਿਵੇਂ ਚੱਲਦੇ ਹਨ' }).waitFor();
    await visit(page, () => page.goto(`${stack.webUrl}/account`));
    await switchLanguage(page, 'pa', 'en');
    await switchLanguage(page, 'en', 'pa');
    await context.close();

    const { rows } = await stack.db.query<{ locale: string }>('select locale from app_user where email = $1', [email]);
    expect(rows[0]?.locale).toBe('pa');
  }, 180_000);

  it('ships the lesson page with at most 60 KB of JavaScript (gzip) in every language: only its own catalogue', async () => {
    const context = await browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    await visit(page, () => page.goto(`${stack.webUrl}/signup`));
    await page.getByLabel('Name').fill('Noor Rahimi');
    await page.getByLabel('Email').fill(`size-${Date.now()}@example.test`);
    await page.getByLabel('Password').fill('a long enough password');
    await visit(page, () => page.getByRole('button', { name: 'Create account' }).click());
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/learn');
    await visit(page, () => page.goto(`${stack.webUrl}/courses/getting-started`));
    await visit(page, () => page.getByRole('button', { name: 'Enrol' }).click());
    await visit(page, () => page.getByRole('link', { name: 'Start', exact: true }).click());
    await page.getByRole('heading', { level: 1, name: 'How courses work' }).waitFor();
    const lesson = page.url();

    const rows: string[] = [];
    let current = 'en';
    for (const locale of ['en', 'fr', 'ar', 'zh-Hans', 'zh-Hant', 'hi', 'ja', 'ko', 'fa', 'pa', 'es', 'tl', 'vi']) {
      if (locale !== current) {
        // The account's language decides the page's; each measurement is a fresh browser (no cache).
        await page.locator('#language-select').selectOption(locale);
        await visit(page, () => page.locator('form.language button[type="submit"]').click());
        await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe(locale);
        current = locale;
      }
      const fresh = await browser.newContext({ storageState: await context.storageState() });
      const { files, inline } = await javascriptOf(fresh, lesson);
      await fresh.close();
      rows.push(`| ${locale} | ${(files / 1024).toFixed(1)} | ${(inline / 1024).toFixed(1)} |`);
      expect(files, `${locale}: gzip JavaScript files on the lesson page`).toBeLessThanOrEqual(LESSON_PAGE_JS_BUDGET);
    }
    await writeFile(
      join(OUTPUT, 'lesson-page-javascript.md'),
      ['| language | JS files, KB gzip | inline data (its catalogue), KB gzip |', '| --- | --- | --- |', ...rows, ''].join('\n'),
    );
    await context.close();
  }, 240_000);

  it('tells platform admins, and only them, where each translation stands (drafts never shown as reviewed); admin and trainer pages switch too', async () => {
    const context = await browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    await logInAsDemoInBrowser(page, stack.webUrl, 'admin');
    await visit(page, () => page.goto(`${stack.webUrl}/admin/languages`));
    await page.getByRole('heading', { level: 1, name: 'Languages' }).waitFor();
    const rows = page.getByRole('row');
    await expect(rows.filter({ hasText: 'draft, needs review' }).count()).resolves.toBe(12);
    await expect(rows.filter({ hasText: 'source text' }).count()).resolves.toBe(1);
    await expect(rows.filter({ hasText: 'reviewed by a fluent speaker' }).count()).resolves.toBe(0);
    await expect(page.getByRole('rowheader', { name: 'ਪੰਜਾਬੀ (pa)' }).count()).resolves.toBe(1);
    // An admin page switches too (and back, so the demo admin keeps English).
    await switchLanguage(page, 'en', 'fa');
    await page.getByRole('heading', { level: 1, name: 'زبان‌ها' }).waitFor();
    await switchLanguage(page, 'fa', 'en');
    await context.close();

    // So does a trainer's page.
    const trainer = await browser.newContext({ locale: 'en-CA' });
    const trainerPage = await trainer.newPage();
    await logInAsDemoInBrowser(trainerPage, stack.webUrl, 'trainer');
    await visit(trainerPage, () => trainerPage.goto(`${stack.webUrl}/packages`));
    await switchLanguage(trainerPage, 'en', 'ja');
    await trainerPage.getByRole('heading', { level: 1, name: 'コースパッケージ（SCORM）' }).waitFor();
    await switchLanguage(trainerPage, 'ja', 'en');
    await trainer.close();

    const learner = await browser.newContext({ locale: 'en-CA' });
    const learnerPage = await learner.newPage();
    await logInAsDemoInBrowser(learnerPage, stack.webUrl, 'learner');
    const response = await learnerPage.goto(`${stack.webUrl}/admin/languages`);
    expect(response?.status()).toBe(403);
    await learner.close();
  });
});
