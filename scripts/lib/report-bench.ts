// Part of `pnpm bench` (BENCH_ONLY=reports runs it alone): the partner completion report of 1,000,000 rows
// as CSV through the api, against `COPY (the same statement) TO STDOUT` on the same database in the same
// run, with the api's peak memory; the same rows as XLSX; and the dashboard of an organisation of
// 20,000 learners (p50 over repeated calls). A measurement, not a test.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { memoryOf, resetPeak, type Memory } from './process-memory.ts';
import { root, say } from './services.ts';

const ROWS = Number(process.env.BENCH_REPORT_ROWS ?? 1_000_000);
const DASHBOARD_LEARNERS = Number(process.env.BENCH_DASHBOARD_LEARNERS ?? 20_000);
const DASHBOARD_CALLS = 30;

export interface ReportBenchSetup {
  databaseUrl: string;
  apiUrl: string;
  apiPid: number;
}

export interface ReportBench {
  rows: number;
  bytes: number;
  copySeconds: number;
  csvSeconds: number;
  xlsxSeconds: number;
  xlsxBytes: number;
  before: Memory;
  afterCsv: Memory;
  beforeXlsx: Memory;
  afterXlsx: Memory;
  dashboardLearners: number;
  dashboardRows: number;
  dashboardP50: number;
  dashboardP90: number;
  at: string;
  loadBefore: number;
  loadAfter: number;
}

/** fetch, tried again once when a kept-alive socket was closed by the api during a long pause (seeding, COPY). */
async function fetchAgain(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

const psql = (databaseUrl: string, sql: string) => execFileSync('psql', [databaseUrl, '-qAtc', sql], { encoding: 'utf8' }).trim();

/**
 * An organisation of `learners` learners, each enrolled in up to `courses` of the published courses, with
 * one attempt per enrolment and about 40% completed: written in a few statements, not through the api.
 */
function seedOrganisation(databaseUrl: string, slug: string, learners: number, courses: number): string {
  const id = psql(
    databaseUrl,
    `insert into organisation (id, name, slug, created_at) values (gen_random_uuid(), '${slug}', '${slug}', now()) returning id`,
  );
  psql(
    databaseUrl,
    `with users as (
       insert into app_user (id, display_name, locale, created_at)
       select gen_random_uuid(), 'Bench learner ' || g, 'en', now() from generate_series(1, ${learners}) g returning id),
     m as (insert into membership (id, user_id, organisation_id, role, created_at)
           select gen_random_uuid(), u.id, '${id}', 'learner', now() from users u returning user_id),
     latest as (select distinct on (course_id) id, course_id from course_version order by course_id, version desc),
     chosen as (select * from latest order by course_id limit ${courses}),
     e as (insert into enrolment (id, user_id, course_id, course_version_id, organisation_id, enrolled_at)
           select gen_random_uuid(), m.user_id, c.course_id, c.id, '${id}', now() - (random() * 300) * interval '1 day' from m cross join chosen c
           returning id)
     select count(*) from e`,
  );
  // Its own statement: an update in the statement that inserts cannot see the new rows (it marked none complete).
  psql(
    databaseUrl,
    `update enrolment set completed_at = enrolled_at + interval '3 days' where organisation_id = '${id}' and random() < 0.4`,
  );
  psql(
    databaseUrl,
    `insert into attempt (id, enrolment_id, unit_id, seq, cmi, session_seconds, session_seqs, completion_status, success_status, total_seconds, created_at, updated_at)
     select gen_random_uuid(), e.id, coalesce(v.content->'modules'->0->'units'->0->>'id', v.content->'modules'->0->'units'->>0), 3, '{}', '{}', '{}', 'completed', 'unknown',
            300 + random() * 600, e.enrolled_at, e.enrolled_at + interval '1 hour'
       from enrolment e join course_version v on v.id = e.course_version_id where e.organisation_id = '${id}'`,
  );
  psql(databaseUrl, 'analyze');
  return id;
}

/** The demo platform admin's session (password, then the demo authenticator code). */
async function logInAsAdmin(apiUrl: string): Promise<string> {
  const post = (body: object, cookie = '') =>
    fetchAgain(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  const first = (await (
    await post({
      query: `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`,
      variables: { input: { email: 'admin@demo.kinship.test', password: 'kinship-demo-password' } },
    })
  ).json()) as { errors?: { extensions?: { challenge?: string } }[] };
  const challenge = first.errors?.[0]?.extensions?.challenge;
  const { generate } = createRequire(join(root, 'api/package.json'))('otplib') as { generate: (o: { secret: string }) => Promise<string> };
  const { DEMO_TOTP_SECRET } = (await import(join(root, 'api/dist/seed/demo-data.js'))) as { DEMO_TOTP_SECRET: string };
  const res = await post({
    query: `mutation($input: SecondFactorLoginInput!) { loginWithSecondFactor(input: $input) { viewer { id } } }`,
    variables: { input: { challenge, code: await generate({ secret: DEMO_TOTP_SECRET }) } },
  });
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** Downloads a report file, reading every byte as a client would; seconds and size. */
async function download(url: string, cookie: string): Promise<{ seconds: number; bytes: number }> {
  const started = performance.now();
  const res = await fetchAgain(url, { headers: { cookie } });
  if (!res.ok || !res.body) throw new Error(`${url} answered ${res.status}`);
  let bytes = 0;
  for await (const chunk of res.body) bytes += (chunk as Uint8Array).length;
  return { seconds: (performance.now() - started) / 1000, bytes };
}

/** Every version's result plan, worked out by the api's own code from the stored contents, as the statement's `$3`. */
async function plansOf(databaseUrl: string): Promise<string> {
  const { courseResultPlan } = (await import(join(root, 'api/dist/progress/course-result-plan.js'))) as {
    courseResultPlan: (content: unknown) => unknown;
  };
  const { plansParameter } = (await import(join(root, 'api/dist/reports/report-result-sql.js'))) as {
    plansParameter: (plans: Iterable<[string, unknown]>) => string;
  };
  const json = execFileSync(
    'psql',
    [databaseUrl, '-qAtc', `select json_agg(json_build_object('id', id, 'content', content)) from course_version`],
    {
      encoding: 'utf8',
      maxBuffer: 1024 ** 3,
    },
  );
  const versions = JSON.parse(json) as { id: string; content: unknown }[];
  return plansParameter(versions.map((v): [string, unknown] => [v.id, courseResultPlan(v.content)]));
}

/** The report's own statement (api/src/reports/completion-report-sql.ts), with its three values written in, for COPY. */
async function reportStatement(databaseUrl: string, organisationId: string): Promise<string> {
  const { orderedRows } = (await import(join(root, 'api/dist/reports/completion-report-sql.js'))) as {
    orderedRows: (organisationId: string, locale: string, plans: string, filter: unknown) => { text: string };
  };
  const { parseReportFilter } = (await import(join(root, 'api/dist/reports/report-filter.js'))) as {
    parseReportFilter: (input: object) => unknown;
  };
  const plans = await plansOf(databaseUrl);
  const { text } = orderedRows(organisationId, 'en', plans, parseReportFilter({}));
  return text
    .replaceAll('$1', `'${organisationId}'::uuid`)
    .replaceAll('$2', `'en'`)
    .replaceAll('$3', `'${plans.replaceAll("'", "''")}'`);
}

export async function measureReports({ databaseUrl, apiUrl, apiPid }: ReportBenchSetup): Promise<ReportBench> {
  const loadBefore = loadavg()[0]!;
  const courses = Number(psql(databaseUrl, 'select count(distinct course_id) from course_version'));
  const learners = Math.ceil(ROWS / courses);
  say(`reports: writing an organisation of ${learners} learners × ${courses} courses (${learners * courses} rows)`);
  const big = seedOrganisation(databaseUrl, 'bench-report-org', learners, courses);
  const rows = Number(psql(databaseUrl, `select count(*) from enrolment where organisation_id = '${big}'`));
  say(`reports: a ${DASHBOARD_LEARNERS}-learner organisation for the dashboard`);
  const small = seedOrganisation(databaseUrl, 'bench-dashboard-org', DASHBOARD_LEARNERS, 2);
  const cookie = await logInAsAdmin(apiUrl);

  say('reports: baseline, COPY (the same statement) TO STDOUT');
  const statement = await reportStatement(databaseUrl, big);
  const copyStarted = performance.now();
  const copy = spawnSync('psql', [databaseUrl, '-qc', `copy (${statement}) to stdout with (format csv, header)`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (copy.status !== 0) throw new Error('COPY failed');
  const copySeconds = (performance.now() - copyStarted) / 1000;

  const before = memoryOf(apiPid);
  resetPeak(apiPid);
  say(`reports: ${rows} rows as CSV through the api`);
  const csv = await download(`${apiUrl}/reports/${big}/completion.csv`, cookie);
  const afterCsv = memoryOf(apiPid);
  const beforeXlsx = memoryOf(apiPid);
  resetPeak(apiPid);
  say(`reports: ${rows} rows as XLSX through the api`);
  const xlsx = await download(`${apiUrl}/reports/${big}/completion.xlsx`, cookie);
  const afterXlsx = memoryOf(apiPid);

  say(`reports: the dashboard of ${DASHBOARD_LEARNERS} learners, ${DASHBOARD_CALLS} calls`);
  const query = JSON.stringify({
    query: `query($o: ID!) { reportDashboard(organisationId: $o) { learners enrolled completed overdue overTime { month completed } byCourse { id completed } byClass { id completed } } }`,
    variables: { o: small },
  });
  const times: number[] = [];
  for (let i = 0; i < DASHBOARD_CALLS + 3; i++) {
    const started = performance.now();
    const res = await fetchAgain(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: query,
    });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    if (i >= 3) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const dashboardRows = Number(psql(databaseUrl, `select count(*) from enrolment where organisation_id = '${small}'`));
  return {
    rows,
    bytes: csv.bytes,
    copySeconds,
    csvSeconds: csv.seconds,
    xlsxSeconds: xlsx.seconds,
    xlsxBytes: xlsx.bytes,
    before,
    afterCsv,
    beforeXlsx,
    afterXlsx,
    dashboardLearners: DASHBOARD_LEARNERS,
    dashboardRows,
    dashboardP50: times[Math.floor(times.length / 2)]!,
    dashboardP90: times[Math.floor(times.length * 0.9)]!,
    at: new Date().toISOString().slice(0, 16).replace('T', ' '),
    loadBefore,
    loadAfter: loadavg()[0]!,
  };
}

/**
 * The section's text. `alone`: the part was run by itself (BENCH_ONLY=reports), in an api process that had served
 * nothing else; otherwise the api process has served the whole run before it.
 */
export function reportsReport(r: ReportBench, alone: boolean): string {
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  const heading = alone
    ? '## Partner completion report, alone (`BENCH_ONLY=reports`: an api process that has served nothing else)'
    : '## Partner completion report (issue: partner organisations)';
  return `${heading}

${r.rows.toLocaleString('en')} rows (one organisation, learners × courses, one attempt each, about 40% completed), on the same database in the same run:

| what | time | ratio to COPY | api resident before | api peak during the download | api resident after |
| --- | --- | --- | --- | --- | --- |
| baseline: \`COPY (the report's statement) TO STDOUT\` through psql | ${r.copySeconds.toFixed(1)} s | 1.0× | | | |
| CSV through the api (${(r.bytes / 1024 ** 2).toFixed(0)} MB) | ${r.csvSeconds.toFixed(1)} s | ${(r.csvSeconds / r.copySeconds).toFixed(1)}× | ${mb(r.before.now)} (its peak so far ${mb(r.before.peak)}) | ${mb(r.afterCsv.peak)} | ${mb(r.afterCsv.now)} |
| XLSX through the api (${(r.xlsxBytes / 1024 ** 2).toFixed(0)} MB) | ${r.xlsxSeconds.toFixed(1)} s | ${(r.xlsxSeconds / r.copySeconds).toFixed(1)}× | ${mb(r.beforeXlsx.now)} | ${mb(r.afterXlsx.peak)} | ${mb(r.afterXlsx.now)} |

COPY runs the report's own statement (its rows as stored, before any cell is formatted), which reads the stored
columns and rolls each row's result and score up in SQL (api/src/reports/report-result-sql.ts). The api's CSV is
PostgreSQL's COPY of the same rows with each cell formatted in SQL (dates, percents, minutes, formula-like text
neutralised; api/src/reports/report-csv.ts), passed through as bytes; the XLSX reads the rows through a cursor into
exceljs. The api runs as production starts it (\`API_NODE_FLAGS\` in scripts/lib/services.ts). Targets: CSV at most 2×
COPY, api peak under 256 MB. The peak is the download's own: the process's high-water mark (VmHWM) is reset to its
resident size just before each download (Linux \`clear_refs\`), so it cannot be below the "before" figure; in a full
\`pnpm bench\` the same api process has first served the commit, media, classes and upload parts, and what those left
resident is in "before".

Dashboard of an organisation of ${r.dashboardLearners.toLocaleString('en')} learners (${r.dashboardRows.toLocaleString('en')} enrolments): p50 ${r.dashboardP50.toFixed(0)} ms, p90 ${r.dashboardP90.toFixed(0)} ms
over ${DASHBOARD_CALLS} GraphQL calls from the same machine (round trip, so server time plus a local hop; target p50 under 200 ms).

Measured ${r.at} UTC; the machine's 1-minute load average was ${r.loadBefore.toFixed(1)} when this part started and
${r.loadAfter.toFixed(1)} when it ended (${cpus().length} cores, shared with other work).
`;
}
