import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClient } from '../support/classroom-fixture.js';
import type { ApiClient } from '../support/graphql-client.js';
import { organisationId } from '../support/partner-fixture.js';
import { startStack, type Stack } from '../support/stack.js';

/** Enough rows that the file is far larger than every socket's buffers on the way (about 25 MB of CSV). */
const LEARNERS = 160_000;

let stack: Stack;
let partner: ApiClient;
let riverside: string;

beforeAll(async () => {
  stack = await startStack({ web: true });
  riverside = await organisationId(stack, 'riverside-school');
  await stack.db.query(
    `with users as (
       insert into app_user (id, display_name, locale, created_at)
       select gen_random_uuid(), 'Bulk learner ' || g, 'en', now() from generate_series(1, ${LEARNERS}) g returning id),
     version as (select id, course_id from course_version where course_id = 'getting-started' order by version desc limit 1)
     insert into enrolment (id, user_id, course_id, course_version_id, organisation_id, enrolled_at)
     select gen_random_uuid(), u.id, v.course_id, v.id, $1, now() from users u cross join version v`,
    [riverside],
  );
  await stack.db.query('analyze');
  partner = await demoClient(stack, 'partner');
}, 120_000);
afterAll(() => stack?.stop());

/** The statement the download runs, while it runs. */
const runningCopies = async () =>
  (
    await stack.db.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = current_database() and query ilike 'copy (%' and pid <> pg_backend_pid()`,
    )
  ).rows;

/** Reads the first chunk of a download, does `meanwhile`, then reads on: how it ended, and how much came. */
async function readAcross(url: string, meanwhile: () => Promise<void>) {
  const res = await fetch(url, { headers: { cookie: partner.cookieHeader } });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toContain('no-store');
  const reader = res.body!.getReader();
  let bytes = (await reader.read()).value!.length;
  await meanwhile();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { ended: 'whole' as const, bytes };
      bytes += value.length;
    }
  } catch {
    return { ended: 'cut' as const, bytes };
  }
}

const stopTheCopy = async () => {
  await expect.poll(async () => (await runningCopies()).length, { timeout: 10_000 }).toBe(1);
  await stack.db.query(`select pg_terminate_backend(pid) from pg_stat_activity where pid = $1`, [(await runningCopies())[0]!.pid]);
};

describe('a report download that fails half-way', () => {
  it('is cut off, from the api and through the web, never ended as if it were the whole file', async () => {
    const whole = await readAcross(`${stack.apiUrl}/reports/${riverside}/completion.csv`, () => Promise.resolve());
    expect(whole.ended).toBe('whole');
    expect(whole.bytes).toBeGreaterThan(LEARNERS * 50);

    const fromApi = await readAcross(`${stack.apiUrl}/reports/${riverside}/completion.csv`, stopTheCopy);
    expect(fromApi.ended).toBe('cut');
    expect(fromApi.bytes).toBeLessThan(whole.bytes);
    const throughWeb = await readAcross(`${stack.webUrl}/partner/${riverside}/report/download/csv`, stopTheCopy);
    expect(throughWeb.ended).toBe('cut');
    expect(throughWeb.bytes).toBeLessThan(whole.bytes);
  }, 120_000);

  it('gives its database connection up when the person goes away, and the next download is whole', async () => {
    const aborted = new AbortController();
    const res = await fetch(`${stack.apiUrl}/reports/${riverside}/completion.csv`, {
      headers: { cookie: partner.cookieHeader },
      signal: aborted.signal,
    });
    await res.body!.getReader().read();
    await expect.poll(async () => (await runningCopies()).length, { timeout: 10_000 }).toBe(1);
    aborted.abort();
    await expect.poll(async () => (await runningCopies()).length, { timeout: 10_000 }).toBe(0);
    const again = await readAcross(`${stack.apiUrl}/reports/${riverside}/completion.csv`, () => Promise.resolve());
    expect(again.ended).toBe('whole');
  }, 120_000);
});
