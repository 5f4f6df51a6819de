// Part of `pnpm bench` (issue: teachers and their classes): a class progress page for 40 students × 30 units in a
// database holding 1,000 classes and 50,000 students with their attempts, through the web server as the teacher's
// browser asks for it and through the api's GraphQL; the statements each costs, counted on the wire, for a class
// of 40 and one of 50 (equal counts: no query per student); and a 2,000-student OneRoster file previewed and
// applied, with the api's memory. Baselines from the same run: the cheapest signed-in api call (`me`) and the
// cheapest signed-in web page on the same processes.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { root, say } from './services.ts';
import { startStatementCounter } from './statement-counter.ts';
import { memoryOf } from './process-memory.ts';

const STUDENTS = Number(process.env.BENCH_CLASS_STUDENTS ?? 50_000);
const CLASSES = 1_000;
const MEASURED_CLASS_SIZE = 40;
const ROSTER_STUDENTS = Number(process.env.BENCH_ROSTER_STUDENTS ?? 2_000);
const REQUESTS = Number(process.env.BENCH_CLASS_REQUESTS ?? 100);
/** The three courses a class is given: 9 + 11 + 10 = 30 units. */
const ASSIGNED = ['anti-racism-foundations', 'responding-to-racism', 'welcoming-newcomers'];

export interface ClassBenchSetup {
  env: NodeJS.ProcessEnv;
  databaseUrl: string;
  apiUrl: string;
  webUrl: string;
  /** A port range of its own for the api process that goes through the statement counter. */
  port: number;
}

interface Timing {
  p50: number;
  p95: number;
}
export interface ClassBenchResult {
  at: string;
  loadBefore: number;
  students: number;
  classes: number;
  units: number;
  attempts: number;
  seedSeconds: number;
  web: { grid: Timing; byUnit: Timing; baseline: Timing };
  api: { grid: Timing; byUnit: Timing; baseline: Timing };
  statements: { grid40: number; grid50: number; byUnit40: number; byUnit50: number };
  roster: { students: number; previewSeconds: number; applySeconds: number; statements: number; rssBefore: number; rssPeak: number };
}

/** The query the web's progress page sends (web/src/routes/(teach)/classes/[classId]/progress/+page.server.ts). */
const GRID = `query($id: ID!, $query: ClassProgressQuery) { classProgress(classroomId: $id, query: $query) {
  classroomId className courseId studentCount courses { courseId title dueAt } units { unitId title type }
  rows { userId displayName lastActiveAt cells { id status scoreScaled completedUnits totalUnits seconds lastActiveAt overdue } }
  missedQuestions { unitId unitTitle questionId prompt missed answered }
  sharedReflections { unitId unitTitle displayName text updatedAt } } }`;

function psql(databaseUrl: string, sql: string): string {
  return execFileSync('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-qAt'], { input: sql, encoding: 'utf8' });
}

/** 1,000 classes of one district, 50,000 students, three courses assigned to each class, and their attempts. */
function seedDistrict(databaseUrl: string): { attempts: number; units: number; classIds: string[] } {
  const courses = ASSIGNED.map((c) => `'${c}'`).join(',');
  psql(
    databaseUrl,
    `
insert into organisation (id, slug, name, created_at) values (gen_random_uuid(), 'bench-district', 'Bench district', now());
create table bench_class as
  select n, gen_random_uuid() as id from generate_series(1, ${CLASSES + 1}) n;
insert into classroom (id, organisation_id, name, term, sign_in_code, join_code, join_open, created_at)
  select c.id, o.id, 'Bench class ' || c.n, '2026–2027', 'BS' || lpad(c.n::text, 6, '0'), 'BJ' || lpad(c.n::text, 6, '0'), true, now()
    from bench_class c, organisation o where o.slug = 'bench-district';
create table bench_student as
  select n, gen_random_uuid() as id,
         case when n <= ${MEASURED_CLASS_SIZE} then 1 else 2 + (n - ${MEASURED_CLASS_SIZE + 1}) % ${CLASSES - 1} end as class_n
    from generate_series(1, ${STUDENTS}) n;
insert into app_user (id, display_name, locale, created_at) select id, 'Student ' || n, 'en', now() from bench_student;
insert into membership (id, user_id, organisation_id, role, created_at)
  select gen_random_uuid(), s.id, o.id, 'learner', now() from bench_student s, organisation o where o.slug = 'bench-district';
insert into classroom_student (classroom_id, user_id, source, joined_at)
  select c.id, s.id, 'teacher', now() from bench_student s join bench_class c on c.n = s.class_n;
insert into membership (id, user_id, organisation_id, role, created_at)
  select gen_random_uuid(), u.id, o.id, 'teacher', now() from app_user u, organisation o
   where u.email = 'teacher@demo.kinship.test' and o.slug = 'bench-district';
-- The demo teacher teaches the measured class (1), the next one (2, for the second statement count) and the roster class.
insert into classroom_teacher (classroom_id, user_id, added_at)
  select c.id, u.id, now() from bench_class c, app_user u where u.email = 'teacher@demo.kinship.test' and c.n in (1, 2, ${CLASSES + 1});
create table bench_version as
  select distinct on (course_id) course_id, id from course_version where course_id in (${courses}) order by course_id, version desc;
insert into assignment (id, classroom_id, course_id, due_at, assigned_at)
  select gen_random_uuid(), c.id, v.course_id, now() + (c.n % 60 - 20) * interval '1 day', now()
    from bench_class c, bench_version v where c.n <= ${CLASSES};
insert into enrolment (id, user_id, course_id, course_version_id, enrolled_at, organisation_id, classroom_id, assignment_id)
  select gen_random_uuid(), s.user_id, a.course_id, v.id, now() - interval '40 days', c.organisation_id, c.id, a.id
    from classroom_student s join classroom c on c.id = s.classroom_id join assignment a on a.classroom_id = c.id
    join bench_version v on v.course_id = a.course_id;
create table bench_unit as
  select v.course_id, u->>'id' as unit_id, u->>'type' as type
    from bench_version b join course_version v on v.id = b.id, jsonb_array_elements(v.content->'modules') m, jsonb_array_elements(m->'units') u;
-- Eight units in ten started, six in ten completed; knowledge checks with their scored answers, a quarter failed.
insert into attempt (id, enrolment_id, unit_id, seq, cmi, session_seconds, completion_status, success_status, score_scaled,
                     total_seconds, created_at, updated_at, session_seqs)
  select gen_random_uuid(), e.id, u.unit_id, 3,
         case when u.type = 'check' and st.done then jsonb_build_object('cmi.completion_status', 'completed',
                'cmi.interactions.0.id', 'q1', 'cmi.interactions.0.result', case when h.v % 3 = 0 then 'incorrect' else 'correct' end,
                'cmi.interactions.1.id', 'q2', 'cmi.interactions.1.result', case when h.v % 5 = 0 then 'incorrect' else 'correct' end)
              else jsonb_build_object('cmi.completion_status', case when st.done then 'completed' else 'incomplete' end) end,
         '{}'::jsonb,
         case when st.done then 'completed' else 'incomplete' end,
         case when u.type = 'check' and st.done then case when h.v % 4 = 0 then 'failed' else 'passed' end else 'unknown' end,
         case when u.type = 'check' and st.done then (h.v % 100) / 100.0 end,
         60 + h.v % 900, now() - (h.v % 30) * interval '1 day', now() - (h.v % 30) * interval '1 day', '{}'::jsonb
    from enrolment e join bench_unit u on u.course_id = e.course_id
    cross join lateral (select abs(hashtext(e.id::text || u.unit_id)) as v) h
    cross join lateral (select h.v % 10 < 6 as done) st
   where e.classroom_id is not null and h.v % 10 < 8;
analyze;
`,
  );
  const attempts = Number(psql(databaseUrl, `select count(*) from attempt`).trim());
  const units = Number(psql(databaseUrl, `select count(*) from bench_unit`).trim());
  const classIds = psql(databaseUrl, `select id from bench_class where n in (1, 2, ${CLASSES + 1}) order by n`)
    .trim()
    .split('\n');
  psql(databaseUrl, `drop table bench_class, bench_student, bench_version, bench_unit;`);
  return { attempts, units, classIds };
}

/**
 * fetch, tried again once when a pooled keep-alive socket turns out closed by the server (it is, after the
 * seconds of seeding with nothing sent): the request never reached the server, so sending it again is safe.
 */
async function fetchOnce(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    if ((e as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw e;
    return fetch(url, init);
  }
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/** The time of each of REQUESTS sequential requests, after five to warm up. */
async function measure(send: () => Promise<Response>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS + 5; i++) {
    const started = performance.now();
    const res = await send();
    const body = await res.text();
    if (!res.ok || body.includes('"errors"')) throw new Error(`answered ${res.status}: ${body.slice(0, 300)}`);
    if (i >= 5) samples.push(performance.now() - started);
  }
  return timing(samples);
}

async function logInAsDemoTeacher(apiUrl: string): Promise<string> {
  const res = await fetchOnce(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`,
      variables: { input: { email: 'teacher@demo.kinship.test', password: 'kinship-demo-password' } },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`the demo teacher could not log in: ${await res.text()}`);
  return cookie;
}

const gqlRequest = (apiUrl: string, cookie: string, query: string, variables: object) =>
  fetchOnce(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });

/** A OneRoster 1.2 zip of one class of generated students, as a student information system exports it. */
async function rosterZip(): Promise<Buffer> {
  const { oneRosterFiles } = (await import(join(root, 'api/dist/roster/oneroster-sample.js'))) as {
    oneRosterFiles: (input: object) => Record<string, string>;
  };
  const students = Array.from({ length: ROSTER_STUDENTS }, (_, i) => ({
    sourcedId: `stu-${i + 1}`,
    givenName: `Given${i + 1}`,
    familyName: `Family${i + 1}`,
    classSourcedId: 'class-bench',
  }));
  const files = oneRosterFiles({ classes: [{ sourcedId: 'class-bench', title: 'Bench roster class' }], students });
  // yazl is the api's dependency (its SCORM export writes zips with it): load it from there.
  const yazl = createRequire(join(root, 'api/package.json'))('yazl') as {
    ZipFile: new () => { addBuffer(data: Buffer, name: string): void; end(): void; outputStream: NodeJS.ReadableStream };
  };
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(files)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function measureClasses(setup: ClassBenchSetup): Promise<ClassBenchResult> {
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg()[0]!;
  say(`classes: seeding ${CLASSES} classes and ${STUDENTS} students with their attempts`);
  const seedStarted = performance.now();
  const { attempts, units, classIds } = seedDistrict(setup.databaseUrl);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const [measured, second, rosterClass] = classIds as [string, string, string];

  const cookie = await logInAsDemoTeacher(setup.apiUrl);
  say(`classes: ${REQUESTS} requests each for the progress page, through the web server and the api`);
  const page = (path: string) => () => fetchOnce(`${setup.webUrl}${path}`, { headers: { cookie } });
  const web = {
    grid: await measure(page(`/classes/${measured}/progress`)),
    byUnit: await measure(page(`/classes/${measured}/progress?course=responding-to-racism`)),
    baseline: await measure(page(`/account/security`)),
  };
  const grid = (id: string, course?: string) => () =>
    gqlRequest(setup.apiUrl, cookie, GRID, { id, query: course ? { courseId: course } : null });
  const api = {
    grid: await measure(grid(measured)),
    byUnit: await measure(grid(measured, 'responding-to-racism')),
    baseline: await measure(() => gqlRequest(setup.apiUrl, cookie, `{ me { id } }`, {})),
  };

  // A second api process, connected to PostgreSQL through the statement counter.
  const db = new URL(setup.databaseUrl);
  const counter = await startStatementCounter({ host: db.hostname, port: Number(db.port || 5432) });
  const counted = new URL(setup.databaseUrl);
  counted.host = `127.0.0.1:${counter.port}`;
  const countedUrl = `http://127.0.0.1:${setup.port}`;
  const countedApi = spawn('node', [join(root, 'api/dist/main.js')], {
    env: {
      ...setup.env,
      DATABASE_URL: counted.toString(),
      API_PORT: String(setup.port),
      CONTENT_PORT: String(setup.port + 1),
      CONTENT_SIGNING_KEY: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitForHealth(countedUrl);
    const countedCookie = await logInAsDemoTeacher(countedUrl);
    const statementsOf = async (send: () => Promise<Response>) => {
      await (await send()).text(); // the first request warms the api's caches (course content, sessions)
      counter.reset();
      await (await send()).text();
      return counter.count();
    };
    const countedGrid = (id: string, course?: string) => () =>
      gqlRequest(countedUrl, countedCookie, GRID, { id, query: course ? { courseId: course } : null });
    const statements = {
      grid40: await statementsOf(countedGrid(measured)),
      grid50: await statementsOf(countedGrid(second)),
      byUnit40: await statementsOf(countedGrid(measured, 'responding-to-racism')),
      byUnit50: await statementsOf(countedGrid(second, 'responding-to-racism')),
    };

    say(`classes: a ${ROSTER_STUDENTS}-student OneRoster file, previewed and applied`);
    const zip = await rosterZip();
    const rssBefore = memoryOf(countedApi.pid!).now;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, memoryOf(countedApi.pid!).now)), 25);
    counter.reset();
    const previewStarted = performance.now();
    const uploaded = await fetchOnce(`${countedUrl}/classrooms/${rosterClass}/roster-imports?fileName=roster.zip`, {
      method: 'POST',
      headers: { cookie: countedCookie, 'content-type': 'application/zip' },
      body: new Uint8Array(zip),
    });
    const preview = (await uploaded.json()) as { id?: string; counts?: { add: number }; problems?: unknown[] };
    const previewSeconds = (performance.now() - previewStarted) / 1000;
    if (!preview.id || preview.counts?.add !== ROSTER_STUDENTS) throw new Error(`roster preview: ${JSON.stringify(preview).slice(0, 300)}`);
    const applyStarted = performance.now();
    const applied = await gqlRequest(countedUrl, countedCookie, `mutation($id: ID!) { applyRosterImport(id: $id) { counts { add } } }`, {
      id: preview.id,
    });
    const appliedBody = await applied.text();
    const applySeconds = (performance.now() - applyStarted) / 1000;
    clearInterval(sampler);
    if (!appliedBody.includes(`"add":${ROSTER_STUDENTS}`)) throw new Error(`roster apply: ${appliedBody.slice(0, 300)}`);
    const roster = { students: ROSTER_STUDENTS, previewSeconds, applySeconds, statements: counter.count(), rssBefore, rssPeak };
    return { at: startedAt, loadBefore, students: STUDENTS, classes: CLASSES, units, attempts, seedSeconds, web, api, statements, roster };
  } finally {
    countedApi.kill('SIGTERM');
    await new Promise((r) => countedApi.once('exit', r));
    await counter.close();
  }
}

async function waitForHealth(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetchOnce(`${url}/health`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

const ms = (t: Timing) => `${t.p50.toFixed(1)} ms | ${t.p95.toFixed(1)} ms`;

/** The markdown section of docs/benchmarks.md. */
export function classesReport(r: ClassBenchResult): string {
  return `## Classes (issue: teachers and their classes)

A class progress page for ${MEASURED_CLASS_SIZE} students × ${r.units} units (three courses assigned: ${ASSIGNED.join(', ')}), in a
database holding ${r.classes.toLocaleString('en')} classes and ${r.students.toLocaleString('en')} students with ${r.attempts.toLocaleString('en')}
attempts (seeded in ${r.seedSeconds.toFixed(1)} s), the demo teacher signed in; ${REQUESTS} requests one after another each.
Measured ${r.at}, the machine's 1-minute load average ${r.loadBefore.toFixed(1)} at the start of this part (2 cores).
"Course by unit" is the grid of one course (responding-to-racism, 11 units) × its units. The baselines are the
cheapest signed-in request on the same processes: the api's \`{ me { id } }\` and the web's account security page.

| request | p50 | p95 |
| --- | ---: | ---: |
| web \`/classes/[id]/progress\` (what the teacher's browser loads) | ${ms(r.web.grid)} |
| web \`/classes/[id]/progress?course=…\` (course by unit) | ${ms(r.web.byUnit)} |
| baseline: web \`/account/security\` | ${ms(r.web.baseline)} |
| api GraphQL \`classProgress\` | ${ms(r.api.grid)} |
| api GraphQL \`classProgress\`, course by unit | ${ms(r.api.byUnit)} |
| baseline: api GraphQL \`me\` | ${ms(r.api.baseline)} |

Statements sent to PostgreSQL per \`classProgress\` request (counted on the wire by a proxy in front of a second api
process, after one request to warm its caches): ${r.statements.grid40} for the class of ${MEASURED_CLASS_SIZE} and ${r.statements.grid50} for a class of 50;
course by unit ${r.statements.byUnit40} and ${r.statements.byUnit50}. The count does not grow with the students: no query per row.

A ${r.roster.students.toLocaleString('en')}-student OneRoster 1.2 zip (users, classes, enrollments, orgs, academic sessions) uploaded to an
empty class: preview (read, checked, planned line by line) ${r.roster.previewSeconds.toFixed(2)} s, apply (one transaction, the accounts
made) ${r.roster.applySeconds.toFixed(2)} s, ${r.roster.statements} statements for both; the api's resident memory ${r.roster.rssBefore.toFixed(0)} MB before, at most
${r.roster.rssPeak.toFixed(0)} MB during. Targets: the progress page under 100 ms at p50; preview and apply under 10 s with memory bounded.
`;
}

/**
 * `BENCH_ONLY=classes` rewrites only this section of docs/benchmarks.md (the rest stays as the last full run
 * wrote it), so the figures there always come from a run of this script.
 */
export function replaceClassesSection(markdown: string, section: string): string {
  const start = markdown.indexOf('## Classes (issue: teachers and their classes)');
  if (start < 0) return `${markdown.trimEnd()}\n\n${section}`;
  const next = markdown.indexOf('\n## ', start + 1);
  return `${markdown.slice(0, start)}${section}${next < 0 ? '' : markdown.slice(next)}`;
}

export function writeClassesSection(path: string, r: ClassBenchResult): void {
  writeFileSync(path, replaceClassesSection(readFileSync(path, 'utf8'), classesReport(r)));
}
