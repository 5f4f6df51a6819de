import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { DEMO_TOTP_SECRET } from '../support/second-factor.js';
import { startStack, type Stack } from '../support/stack.js';
import { logInInBrowser } from '../support/web-user.js';

// Every page each demo person can reach by following links, on a 320-pixel screen (WCAG 1.4.10 reflow): the page
// never scrolls sideways. A wide table may scroll inside its own region; nothing else may stick out.
const ROLES = [
  { who: 'learner', staff: false },
  { who: 'teacher', staff: false },
  { who: 'trainer', staff: true },
  { who: 'partner', staff: true },
  { who: 'admin', staff: true },
] as const;
const PAGES_PER_ROLE = 30;
const SKIPPED = /logout|download|folder\.zip|\.(zip|csv|xlsx|pdf)(\?|$)/;

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ web: true, worker: true }), launchBrowser()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** What sticks out past the screen's edge, outside any region that scrolls by itself; empty when the page fits. */
function whatSticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const insideScroller = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1 && !insideScroller(element))
      .slice(0, 4)
      .map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`);
  });
}

describe('every page on a phone', () => {
  it.each(ROLES)(
    'fits a 320-pixel screen for the demo $who',
    async ({ who, staff }) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 740 } });
      const page = await context.newPage();
      const email = `${who}@demo.kinship.test`;
      await logInInBrowser(page, stack.webUrl, email, 'kinship-demo-password', staff ? DEMO_TOTP_SECRET : undefined);
      // One visit per path: the same page sorted another way is the same layout.
      const seen = new Set<string>();
      const queue = [`${stack.webUrl}/`];
      const problems: string[] = [];
      while (queue.length && seen.size < PAGES_PER_ROLE) {
        const url = new URL(queue.shift()!);
        if (seen.has(url.pathname)) continue;
        seen.add(url.pathname);
        const answer = await page.goto(url.href);
        if (!answer?.headers()['content-type']?.includes('text/html')) continue;
        const outside = await whatSticksOut(page);
        if (outside.length) problems.push(`${url.pathname}: ${outside.join(', ')}`);
        const links = await page.$$eval('a[href]:not([download])', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
        queue.push(...links.filter((link) => link.startsWith(stack.webUrl) && !SKIPPED.test(link)));
      }
      await context.close();
      expect(problems).toEqual([]);
      expect(seen.size).toBeGreaterThan(5);
    },
    240_000,
  );
});
