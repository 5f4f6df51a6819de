// `pnpm bench`: drives the tracking commit path over HTTP with many concurrent simulated learners,
// then runs pgbench doing the same single-row upsert on the same database as the baseline, and
// writes both to docs/benchmarks.md. A measurement, not a test: nothing here passes or fails.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  certificateReport,
  completionReport,
  measureCertificates,
  measureCompletionToPdf,
  type CompletionTiming,
} from './lib/certificate-bench.ts';
import { classesReport, measureClasses, writeClassesSection, type ClassBenchResult } from './lib/classroom-bench.ts';
import { mediaReport, measureMediaSeek } from './lib/media-bench.ts';
import { measureSignInCards, signInCardsReport, type CardTiming } from './lib/sign-in-cards-bench.ts';
import { measureReports, reportsReport } from './lib/report-bench.ts';
import { API_NODE_FLAGS, requireServices, root, run, say } from './lib/services.ts';
import { memoryOf } from './lib/process-memory.ts';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const CONCURRENCY_LEVELS = (process.env.BENCH_CONCURRENCY ?? '16,64').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
// BENCH_ONLY=media runs only the course media measurement and prints it, leaving docs/benchmarks.md as it is;
// BENCH_ONLY=classes runs only the classes measurement and rewrites that section of docs/benchmarks.md;
// BENCH_ONLY=certificates measures only certificates (rendering, and completion to PDF) and prints them;
// BENCH_ONLY=cards measures only printing sign-in cards and prints it;
// BENCH_ONLY=reports runs only the partner report measurement, in an api process that has served nothing else, and
// writes its own section of docs/benchmarks.md (a full run keeps the other).
const ONLY = process.env.BENCH_ONLY ?? '';
const MEDIA_ONLY = ONLY === 'media';
const CLASSES_ONLY = ONLY === 'classes';
const CERTIFICATES_ONLY = ONLY === 'certificates';
const FULL = ONLY === '';
/** Whether this run measures the part (all of them when BENCH_ONLY is unset). */
const measures = (part: string) => FULL || ONLY === part;
const API_PORT = 4900 + (process.pid % 90);
const COMMIT = `mutation($input: CommitInput!) { commitAttempt(input: $input) { applied } }`;
/** The statements the commit batcher keeps in flight at most (MAX_IN_FLIGHT in api/src/tracking/commit-batcher.ts). */
const BATCHER_IN_FLIGHT = 4;

// Before this run adds its own: what the machine was doing already.
const loadAtStart = loadavg()[0]!;
await requireServices();
say('building the api');
run('pnpm', ['--filter', '@kinship/api', 'run', 'build']);
run('pnpm', ['--filter', '@kinship/web', 'run', 'build']);
run('pnpm', ['--filter', '@kinship/worker', 'run', 'build']);

const admin = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const dbName = `kinship_bench_${process.pid}`;
const dbUrl = new URL(admin);
dbUrl.pathname = `/${dbName}`;
const storageDir = mkdtempSync(join(tmpdir(), 'kinship-bench-storage-'));
const UPLOAD_BYTES = Number(process.env.BENCH_UPLOAD_MB ?? 1024) * 1024 * 1024;
const env = {
  STORAGE_DIR: storageDir,
  PACKAGE_MAX_UPLOAD_BYTES: String(UPLOAD_BYTES + 1024),
  ...process.env,
  DATABASE_URL: dbUrl.toString(),
  REDIS_PREFIX: `bench-${process.pid}`,
  API_PORT: String(API_PORT),
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  CONTENT_PORT: String(API_PORT + 100),
  CONTENT_SIGNING_KEY: randomBytes(32).toString('hex'),
  REPORT_LINK_SIGNING_KEY: randomBytes(32).toString('hex'),
  BENCH_STATS: join(storageDir, 'commit-batch-sizes.json'),
};
const cli = join(root, 'api/dist/database/cli.js');
run('node', [cli, 'migrate'], env);
run('node', [cli, 'seed'], env);

const api = spawn(
  'node',
  [
    ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    // Started as production starts it (Dockerfile, pnpm start).
    ...API_NODE_FLAGS,
    join(root, 'api/dist/main.js'),
  ],
  {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
const apiUrl = `http://127.0.0.1:${API_PORT}`;
const cpuAtStart = cpuSnapshot();
const { web, webUrl } = startWeb();
try {
  await waitFor(`${apiUrl}/health`);
  await waitFor(`${webUrl}/login`);
  if (FULL) say(`preparing ${LEARNERS} learners`);
  const learners = FULL ? await prepareLearners() : [];
  // Logged in now: after the long pgbench runs, a pooled keep-alive socket would have been closed by the api.
  const trainerCookie = await logInAsDemoTrainer();
  const runs = [];
  for (const concurrency of FULL ? CONCURRENCY_LEVELS : []) {
    say(`driving commits: ${concurrency} concurrent connections for ${SECONDS} s`);
    const directBatches = await batchSizesNow();
    const http = hasWrk() ? driveWithWrk(learners, concurrency, 'rest') : await driveCommits(learners, concurrency, 'rest');
    const player = await measurePlayerPath(learners, concurrency, directBatches);
    // The same commits through GraphQL (commitAttempt), once, to show what the GraphQL layer costs.
    say(`the same through GraphQL: ${concurrency} connections`);
    const graphql =
      concurrency === CONCURRENCY_LEVELS[0]
        ? hasWrk()
          ? driveWithWrk(learners, concurrency, 'graphql')
          : await driveCommits(learners, concurrency, 'graphql')
        : null;
    say(`baseline: pgbench, the same single-row upsert on the same database, ${concurrency} clients`);
    runs.push({
      concurrency,
      http,
      graphql,
      player,
      baseline: pgbench(
        learners.map((l) => l.enrolmentId),
        concurrency,
      ),
    });
  }
  const classes = measures('classes')
    ? await measureClasses({ env, databaseUrl: dbUrl.toString(), apiUrl, webUrl, port: API_PORT + 400 })
    : null;
  await stop(web); // its CPU profile (BENCH_PROFILE) is written as it exits
  if (CLASSES_ONLY) {
    writeClassesSection(join(root, 'docs', 'benchmarks.md'), classes!);
    console.log(classesReport(classes!));
  }
  const certificates = measures('certificates')
    ? { rendering: await measureCertificates(), completion: await measureCompletionToPdf({ apiUrl, env }) }
    : null;
  if (CERTIFICATES_ONLY) console.log(`${certificateReport(certificates!.rendering)}\n${completionReport(certificates!.completion)}`);
  const cards = measures('cards') ? await measureSignInCards() : null;
  if (ONLY === 'cards') console.log(signInCardsReport(cards!));
  const media = measures('media')
    ? await measureMediaSeek({ cli, env, databaseUrl: dbUrl.toString(), apiUrl, apiPid: api.pid!, webPort: API_PORT + 300 })
    : null;
  if (MEDIA_ONLY) console.log(mediaReport(media!));
  if (FULL) {
    say(`streaming a ${UPLOAD_BYTES / 1024 ** 2} MB package upload to the api`);
    const upload = await measureUpload(api.pid!, trainerCookie);
    writeReport(runs, upload, media!, classes!, certificates!, cards!);
    writeReportsSection(await measureReports({ databaseUrl: dbUrl.toString(), apiUrl, apiPid: api.pid! }), false);
  }
  if (ONLY === 'reports') {
    writeReportsSection(await measureReports({ databaseUrl: dbUrl.toString(), apiUrl, apiPid: api.pid! }), true);
  }
} finally {
  await stop(web);
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  execFileSync('psql', [admin.toString(), '-qc', `drop database if exists ${dbName} with (force)`]);
  await removeRedisKeys(env.REDIS_PREFIX);
  rmSync(storageDir, { recursive: true, force: true });
}

/** The run's keys in Redis (queues, limits, caches under its prefix), so that a bench leaves nothing behind. */
async function removeRedisKeys(prefix: string): Promise<void> {
  // ioredis is the api's dependency, not the scripts'; only these three calls are used.
  const { Redis } = createRequire(join(root, 'api/package.json'))('ioredis') as {
    Redis: new (url: string) => {
      scan(cursor: string, match: 'MATCH', pattern: string, count: 'COUNT', n: number): Promise<[string, string[]]>;
      del(...keys: string[]): Promise<number>;
      quit(): Promise<unknown>;
    };
  };
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

/**
 * Puts the partner report's figures in docs/benchmarks.md in place of the section from an earlier run (or at its end).
 * A full run and a run of the reports part alone each keep their own section: the api's memory differs between them.
 */
function writeReportsSection(figures: Parameters<typeof reportsReport>[0], alone: boolean) {
  const file = join(root, 'docs', 'benchmarks.md');
  const name = alone ? 'reports-alone-bench' : 'reports-bench';
  const section = `<!-- ${name}:start -->\n${reportsReport(figures, alone)}<!-- ${name}:end -->\n`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const marked = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->\\n?`);
  writeFileSync(file, marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}`);
  console.log(section);
}

/**
 * A trainer's package upload, as the web server forwards it: the raw body streamed to the api, which
 * streams it to storage. The bytes are not a real package (the worker, which checks packages, is not
 * running here): this measures the streaming, and shows that the api's memory does not grow with the file.
 */
async function measureUpload(apiPid: number, cookie: string) {
  const before = memoryOf(apiPid);
  const chunk = randomBytes(1024 * 1024);
  const chunks = UPLOAD_BYTES / chunk.length;
  const started = performance.now();
  // node:http on a connection of its own: a streamed body cannot be retried on a pooled socket the server has closed.
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(`${apiUrl}/package-imports?fileName=bench.zip`, {
      method: 'POST',
      agent: false,
      headers: { cookie, 'content-type': 'application/zip', 'content-length': String(UPLOAD_BYTES) },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    Readable.from(
      (function* () {
        for (let n = 0; n < chunks; n++) yield chunk;
      })(),
    ).pipe(req);
  });
  const seconds = (performance.now() - started) / 1000;
  if (status !== 202) throw new Error(`upload answered ${status}`);
  const after = memoryOf(apiPid);
  return { megabytes: UPLOAD_BYTES / 1024 ** 2, seconds, before, after };
}

async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

async function gql<T>(query: string, variables: object, cookie = ''): Promise<{ data: T; cookie: string }> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? cookie };
}

/** The demo trainer's session: password, then the authenticator code staff accounts need (the seed's demo secret). */
async function logInAsDemoTrainer(): Promise<string> {
  const first = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`,
      variables: { input: { email: 'trainer@demo.kinship.test', password: 'kinship-demo-password' } },
    }),
  });
  const body = (await first.json()) as { errors?: { extensions?: { code?: string; challenge?: string } }[] };
  const challenge = body.errors?.[0]?.extensions?.challenge;
  if (!body.errors) return first.headers.get('set-cookie')?.split(';')[0] ?? '';
  if (body.errors[0]?.extensions?.code !== 'SECOND_FACTOR_REQUIRED' || !challenge) throw new Error(JSON.stringify(body.errors));
  // otplib is the api's dependency: load it from there.
  const { generate } = createRequire(join(root, 'api/package.json'))('otplib') as { generate: (o: { secret: string }) => Promise<string> };
  const { DEMO_TOTP_SECRET } = (await import(join(root, 'api/dist/seed/demo-data.js'))) as { DEMO_TOTP_SECRET: string };
  const { cookie } = await gql(`mutation($input: SecondFactorLoginInput!) { loginWithSecondFactor(input: $input) { viewer { id } } }`, {
    input: { challenge, code: await generate({ secret: DEMO_TOTP_SECRET }) },
  });
  return cookie;
}

interface Learner {
  cookie: string;
  attemptId: string;
  enrolmentId: string;
  seq: number;
}

async function prepareLearners(): Promise<Learner[]> {
  const learners: Learner[] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const signUp = `mutation($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`;
    const { cookie } = await gql(signUp, {
      input: { email: `bench-${i}@example.test`, displayName: `Bench ${i}`, password: 'bench-password-123' },
    });
    const enrol = await gql<{ enrol: { id: string } }>(`mutation { enrol(courseId: "getting-started") { id } }`, {}, cookie);
    const launch = await gql<{ launchUnit: { attempt: { id: string } } }>(
      `mutation($e: ID!) { launchUnit(enrolmentId: $e, unitId: "how-courses-work") { attempt { id } } }`,
      { e: enrol.data.enrol.id },
      cookie,
    );
    learners.push({ cookie, attemptId: launch.data.launchUnit.attempt.id, enrolmentId: enrol.data.enrol.id, seq: 0 });
  }
  return learners;
}

type Route = 'rest' | 'graphql' | 'web';

async function driveCommits(learners: Learner[], concurrency: number, route: Route) {
  const sessionId = `bench-${route}-${concurrency}`;
  const latencies: number[] = [];
  let errors = 0;
  const noteError = (what: string) => {
    if (errors++ === 0) console.error(`first error: ${what}`);
  };
  const deadline = performance.now() + SECONDS * 1000;
  let next = 0;
  const started = performance.now();
  async function virtualLearner() {
    while (performance.now() < deadline) {
      const learner = learners[next++ % learners.length]!;
      learner.seq += 1;
      const values = {
        'cmi.location': `p-${learner.seq}`,
        'cmi.suspend_data': `{"seen":${learner.seq}}`,
        'cmi.session_time': `PT${learner.seq}S`,
      };
      const input = { attemptId: learner.attemptId, seq: learner.seq, sessionId };
      const payload =
        route !== 'graphql'
          ? JSON.stringify({ ...input, values })
          : JSON.stringify({
              query: COMMIT,
              variables: { input: { ...input, values: Object.entries(values).map(([element, value]) => ({ element, value })) } },
            });
      const t0 = performance.now();
      try {
        const res = await fetch(commitUrl(route), {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: learner.cookie },
          body: payload,
        });
        const body = (await res.json()) as { errors?: unknown[] };
        if (!res.ok || body.errors) noteError(JSON.stringify(body.errors ?? res.status));
      } catch (error) {
        noteError(String(error));
      }
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, virtualLearner));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    commits: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: pct(50),
    p99: pct(99),
    errors,
    driver: 'a Node fetch client',
  };
}

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk prints its version and exits 1; only a missing binary throws ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * wrk (a C load generator) drives the commits: it costs far less CPU than a Node client, which
 * matters when the generator, the api and PostgreSQL share two cores. Each wrk thread owns a slice
 * of the learners and numbers their commits in order.
 */
function driveWithWrk(learners: Learner[], concurrency: number, route: Route) {
  // A sitting of its own per measurement: commit numbers start again at 1 and must all be new.
  const sessionId = `bench-${route}-${concurrency}`;
  const dir = mkdtempSync(join(tmpdir(), 'kinship-wrk-'));
  const threads = 2;
  const table = learners.map((l) => `{cookie=${JSON.stringify(l.cookie)},attempt=${JSON.stringify(l.attemptId)}}`).join(',\n');
  const script = join(dir, 'commit.lua');
  writeFileSync(
    script,
    `local learners = {${table}}
local threads, created = {}, 0
function setup(thread) thread:set("me", created); created = created + 1; table.insert(threads, thread) end
local seqs, turn, errors = {}, 0, 0
local query = "mutation($input: CommitInput!) { commitAttempt(input: $input) { applied } }"
request = function()
  local i = ((turn * ${threads} + me) % #learners) + 1
  turn = turn + 1
  seqs[i] = (seqs[i] or 0) + 1
  local n = seqs[i]
  local body, path
  if "${route}" ~= "graphql" then
    path = "${new URL(commitUrl(route)).pathname}"
    body = string.format('{"attemptId":"%s","seq":%d,"sessionId":"${sessionId}","values":{"cmi.location":"p-%d","cmi.suspend_data":"seen-%d","cmi.session_time":"PT%dS"}}', learners[i].attempt, n, n, n, n)
  else
    path = "/graphql"
    body = string.format('{"query":"%s","variables":{"input":{"attemptId":"%s","seq":%d,"sessionId":"${sessionId}","values":[{"element":"cmi.location","value":"p-%d"},{"element":"cmi.suspend_data","value":"seen-%d"},{"element":"cmi.session_time","value":"PT%dS"}]}}}', query, learners[i].attempt, n, n, n, n)
  end
  return wrk.format("POST", path, {["Content-Type"] = "application/json", ["Cookie"] = learners[i].cookie}, body)
end
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then errors = errors + 1 end
end
done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + (thread:get("errors") or 0) end
  io.write(string.format("commits: %d\\nerrors: %d\\np50: %f\\np99: %f\\n", summary.requests, total + summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
`,
  );
  const out = execFileSync(
    'wrk',
    ['-t', String(threads), '-c', String(concurrency), '-d', `${SECONDS}s`, '-s', script, new URL(commitUrl(route)).origin],
    {
      encoding: 'utf8',
    },
  );
  rmSync(dir, { recursive: true, force: true });
  if (process.env.BENCH_DEBUG) console.log(out);
  const read = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(out)?.[1] ?? 0);
  const commits = read('commits');
  return {
    commits,
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0),
    p50: read('p50'),
    p99: read('p99'),
    errors: read('errors'),
    driver: 'wrk',
  };
}

function pgbench(enrolmentIds: string[], concurrency: number) {
  const dir = mkdtempSync(join(tmpdir(), 'kinship-bench-'));
  const values = enrolmentIds.map((id, i) => `(${i + 1}, '${id}')`).join(',');
  execFileSync('psql', [
    dbUrl.toString(),
    '-qc',
    `create table if not exists bench_ids (n int primary key, enrolment_id uuid not null); insert into bench_ids values ${values} on conflict do nothing;`,
  ]);
  const script = join(dir, 'upsert.sql');
  writeFileSync(
    script,
    `\\set n random(1, ${enrolmentIds.length})
insert into attempt (id, enrolment_id, unit_id, seq, cmi, session_seconds, completion_status, success_status, total_seconds, created_at, updated_at)
select gen_random_uuid(), enrolment_id, 'how-courses-work', 1, '{"cmi.location":"x"}', '{}', 'incomplete', 'unknown', 0, now(), now() from bench_ids where n = :n
on conflict (enrolment_id, unit_id) do update set cmi = attempt.cmi || excluded.cmi, seq = attempt.seq + 1, updated_at = now();
`,
  );
  const out = execFileSync('pgbench', ['-n', '-c', String(concurrency), '-j', '2', '-T', String(SECONDS), '-f', script, dbUrl.toString()], {
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? 0);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1] ?? 0);
  return { tps, latencyAverage: latency };
}

type Measured = Awaited<ReturnType<typeof driveCommits>>;
type Run = {
  concurrency: number;
  http: Measured;
  graphql: Measured | null;
  player: Awaited<ReturnType<typeof measurePlayerPath>>;
  baseline: ReturnType<typeof pgbench>;
};

function row(what: string, concurrency: number, m: Measured): string {
  return `| ${what} | ${concurrency} | ${m.perSecond.toFixed(0)} | ${m.p50.toFixed(1)} ms | ${m.p99.toFixed(1)} ms | ${m.errors} of ${m.commits} |`;
}

function writeReport(
  runs: Run[],
  upload: Awaited<ReturnType<typeof measureUpload>>,
  media: Awaited<ReturnType<typeof measureMediaSeek>>,
  classes: ClassBenchResult,
  certificates: { rendering: Awaited<ReturnType<typeof measureCertificates>>; completion: CompletionTiming },
  cards: CardTiming[],
) {
  const driver = runs[0]?.http.driver ?? 'wrk';
  const rows = runs.flatMap(({ concurrency, http, graphql, baseline }) => [
    row('api commit path: `POST /tracking/commits` (what the player uses)', concurrency, http),
    ...(graphql ? [row('the same through GraphQL `commitAttempt`', concurrency, graphql)] : []),
    `| baseline: pgbench single-row upsert | ${concurrency} | ${baseline.tps.toFixed(0)} | (average ${baseline.latencyAverage.toFixed(1)} ms) | — | — |`,
  ]);
  const ratios = runs.map(
    ({ concurrency, http, baseline }) =>
      `${concurrency} connections: ${baseline.tps ? ((100 * http.perSecond) / baseline.tps).toFixed(0) : '?'}%`,
  );
  const report = `# Benchmarks

Written by \`pnpm bench\` (scripts/run-bench.ts). All measurements come from the same run, on the same machine and the
same database: the api's tracking commit path over HTTP (\`POST /tracking/commits\`, which the player's commit queue
uses through the web server; each commit a numbered, locked, validated write of three CMI values for a logged-in
learner), the same commits through GraphQL for comparison, and the baseline, \`pgbench\` running the same
single-row upsert on the attempt table directly, at the same concurrency.

Run: ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version},
${LEARNERS} simulated learners, ${SECONDS} s per measurement. The HTTP load comes from ${driver}, on the same machine: it
shares the cores with the api and PostgreSQL, as pgbench does.

| measurement | connections | commits/s | p50 latency | p99 latency | errors |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

How the commit path keeps up: commits that arrive while earlier ones are being written are applied together, in one
statement and one transaction (group commit, \`api/src/tracking/commit-batcher.ts\`), and each is answered only after
that transaction has committed; pgbench pays a round trip and a disk flush for every row. The route is a plain
handler ahead of the framework's per-request work, and an api process trusts a session it looked up in the last
\`SESSION_CACHE_SECONDS\` (5). GraphQL's own cost is what separates the two api rows.

Package upload (issue: SCORM packages): ${upload.megabytes.toFixed(0)} MB streamed to the api and on to local storage in
${upload.seconds.toFixed(1)} s (${(upload.megabytes / upload.seconds).toFixed(0)} MB/s). The api's resident memory was ${upload.before.now.toFixed(0)} MB before and
${upload.after.now.toFixed(0)} MB after, its peak ${upload.before.peak.toFixed(0)} MB before and ${upload.after.peak.toFixed(0)} MB after${
    upload.after.peak - upload.before.peak < upload.megabytes / 10
      ? ': the upload was streamed, not held in memory'
      : ': memory grew with the upload'
  }.

${mediaReport(media)}
${certificateReport(certificates.rendering)}
${completionReport(certificates.completion)}
${signInCardsReport(cards)}
The commit path reached, of the pgbench figure: ${ratios.join(', ')}. Targets (issue: courses as files, the player and durable
tracking): at least 2,000 commits/s with p99 under 50 ms, and at least half the pgbench figure.
${playerPathReport(runs)}
${classesReport(classes)}`;
  writeFileSync(join(root, 'docs', 'benchmarks.md'), report);
  console.log(report);
}

// The player's real path (issue: route groups): the same commits through the web server's
// `POST /learn/track`, as the browser's commit queue sends them, and a baseline that writes rows the
// way group commit does (several rows per transaction).

function commitUrl(route: Route): string {
  if (route === 'web') return `${webUrl}/learn/track`;
  return `${apiUrl}${route === 'rest' ? '/tracking/commits' : '/graphql'}`;
}

/** The built web server, started as `npm start` does, pointed at the bench's api. */
function startWeb(): { web: ChildProcess; webUrl: string } {
  const port = API_PORT + 200;
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`, '--cpu-prof-name=web.cpuprofile']
    : [];
  const web = spawn('node', [...profile, join(root, 'web/server.ts')], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', API_URL: `http://127.0.0.1:${API_PORT}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { web, webUrl: `http://127.0.0.1:${port}` };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

type BatchSizes = Map<number, number>;

/** The api's counts of statements per batch size (BENCH_STATS), once its next write has happened. */
async function batchSizesNow(): Promise<BatchSizes> {
  await new Promise((r) => setTimeout(r, 700));
  const file = env.BENCH_STATS;
  if (!existsSync(file)) return new Map();
  const counts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  return new Map(Object.entries(counts).map(([size, n]) => [Number(size), n]));
}

/** Statements, commits and the typical batch between two counts: `median` is the batch the middle commit was in. */
function batchesBetween(before: BatchSizes, after: BatchSizes) {
  const sizes = [...after].map(([size, n]) => [size, n - (before.get(size) ?? 0)] as const).filter(([, n]) => n > 0);
  sizes.sort(([a], [b]) => a - b);
  const statements = sizes.reduce((sum, [, n]) => sum + n, 0);
  const commits = sizes.reduce((sum, [size, n]) => sum + size * n, 0);
  let seen = 0;
  const median = sizes.find(([size, n]) => (seen += size * n) >= commits / 2)?.[0] ?? 0;
  return { statements, commits, mean: statements ? commits / statements : 0, median, max: sizes.at(-1)?.[0] ?? 0 };
}

async function measurePlayerPath(learners: Learner[], concurrency: number, beforeDirect: BatchSizes) {
  const afterDirect = await batchSizesNow();
  say(`the player's real path: POST /learn/track on the web server, ${concurrency} connections`);
  const realPath = hasWrk() ? driveWithWrk(learners, concurrency, 'web') : await driveCommits(learners, concurrency, 'web');
  const afterPlayer = await batchSizesNow();
  const batches = { direct: batchesBetween(beforeDirect, afterDirect), player: batchesBetween(afterDirect, afterPlayer) };
  const sizes = [...new Set([batches.direct.median, batches.player.median])].filter((n) => n > 1).sort((a, b) => a - b);
  const grouped = sizes.map((rows) => {
    say(`baseline: pgbench applying the upsert to ${rows} rows per transaction, ${BATCHER_IN_FLIGHT} clients`);
    return { rows, ...groupPgbench(learners, rows) };
  });
  return { realPath, batches, grouped };
}

/** pgbench as group commit writes: `rows` attempts per transaction, locked in id order, as many transactions at once as the batcher. */
function groupPgbench(learners: Learner[], rows: number) {
  const dir = mkdtempSync(join(tmpdir(), 'kinship-bench-'));
  const ids = learners.map((l, i) => `(${i + 1}, '${l.enrolmentId}')`).join(',');
  execFileSync('psql', [
    dbUrl.toString(),
    '-qc',
    `create table if not exists bench_ids (n int primary key, enrolment_id uuid not null); insert into bench_ids values ${ids} on conflict do nothing;`,
  ]);
  const script = join(dir, 'group-upsert.sql');
  writeFileSync(
    script,
    `\\set first random(1, ${learners.length - rows + 1})
insert into attempt (id, enrolment_id, unit_id, seq, cmi, session_seconds, completion_status, success_status, total_seconds, created_at, updated_at)
select gen_random_uuid(), enrolment_id, 'how-courses-work', 1, '{"cmi.location":"x"}', '{}', 'incomplete', 'unknown', 0, now(), now()
from bench_ids where n between :first and :first + ${rows - 1} order by n
on conflict (enrolment_id, unit_id) do update set cmi = attempt.cmi || excluded.cmi, seq = attempt.seq + 1, updated_at = now();
`,
  );
  const args = ['-n', '-c', String(BATCHER_IN_FLIGHT), '-j', '2', '-T', String(SECONDS), '-f', script, dbUrl.toString()];
  const out = execFileSync('pgbench', args, { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? 0);
  return { tps, rowsPerSecond: tps * rows, latencyAverage: Number(/latency average = ([\d.]+) ms/.exec(out)?.[1] ?? 0) };
}

/** CPU time used so far, in clock ticks: the whole machine's, and each process's (with its waited-for children). */
function cpuSnapshot() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/);
  const ticks = fields.map(Number);
  const busy = ticks.reduce((a, b) => a + b, 0) - (ticks[3] ?? 0) - (ticks[4] ?? 0);
  const processes = new Map<number, { name: string; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const rest = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .map(Number);
      // utime, stime, cutime, cstime are fields 14-17 of the line, 12-15 after the name.
      processes.set(Number(entry), { name, ticks: rest.slice(11, 15).reduce((a, b) => a + b, 0) });
    } catch {
      // the process has gone
    }
  }
  return { busy, processes };
}

/** Where the machine's CPU went since the bench started: this run's processes, PostgreSQL (ours and anyone's), others. */
function cpuReport(): string {
  const now = cpuSnapshot();
  const used = (pid: number) => (now.processes.get(pid)?.ticks ?? 0) - (cpuAtStart.processes.get(pid)?.ticks ?? 0);
  const ours = [process.pid, api.pid, web.pid].reduce<number>((sum, pid) => sum + (pid ? used(pid) : 0), 0);
  const others = [...now.processes].filter(([pid]) => ![process.pid, api.pid, web.pid].includes(pid));
  const postgres = others.filter(([, p]) => p.name === 'postgres').reduce((sum, [pid]) => sum + used(pid), 0);
  const busy = now.busy - cpuAtStart.busy;
  const rest = Math.max(0, busy - ours - postgres);
  const top = others
    .filter(([, p]) => p.name !== 'postgres')
    .map(([pid, p]) => [p.name, used(pid)] as const)
    .filter(([, t]) => t > busy / 50)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  const pct = (t: number) => `${busy ? ((100 * t) / busy).toFixed(0) : 0}%`;
  return `Of the CPU time used on the machine while the bench ran, this run's processes (the bench with wrk and pgbench, the
api, the web server) used ${pct(ours)}, PostgreSQL ${pct(postgres)} (this run's database and any other), and other processes
${pct(rest)}${top.length ? ` (the largest still running: ${top.map(([name, t]) => `${name} ${pct(t)}`).join(', ')})` : ''}${
    rest > busy / 10 ? ': other load was present, and the figures are lower than on a quiet machine' : ''
  }. The 1-minute load average was ${loadAtStart.toFixed(1)} before the bench started (before its builds) and ${loadavg()[0]!.toFixed(1)} at the end (${cpus().length} cores).`;
}

/** The web server's CPU profile (BENCH_PROFILE), as self time per area of code, and per commit. */
function webProfileReport(commits: number): string {
  const file = process.env.BENCH_PROFILE ? join(process.env.BENCH_PROFILE, 'web.cpuprofile') : '';
  if (!file || !existsSync(file)) return '';
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const areas = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const area = areaOf(nodes.get(id)!);
    if (area) areas.set(area, (areas.get(area) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...areas.values()].reduce((a, b) => a + b, 0);
  const rows = [...areas]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([area, ms]) => `| ${area} | ${((100 * ms) / total).toFixed(0)}% | ${((1000 * ms) / commits).toFixed(0)} µs |`);
  return `
Where the web server's time goes (\`node --cpu-prof\` on it for the whole run, self time by area of code, idle left out):
${total.toFixed(0)} ms of CPU for ${commits} commits through \`/learn/track\`, ${((1000 * total) / commits).toFixed(0)} µs per commit.

| area | share | per commit |
| --- | ---: | ---: |
${rows.join('\n')}
`;
}

function areaOf({ functionName, url }: { functionName: string; url: string }): string | null {
  if (functionName === '(idle)') return null;
  if (functionName.startsWith('(')) return functionName === '(program)' ? 'V8 and native code outside JavaScript' : functionName;
  if (url.includes('undici')) return 'undici: Request, Response, Headers, fetch';
  if (url.includes('webstreams')) return 'web streams (Request/Response bodies)';
  if (url.startsWith('node:')) return `Node ${url.replace(/^node:(internal\/)?/, '').split('/')[0]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/@]+)/.exec(url.replace(/.*\/\.pnpm\/[^/]+\//, ''))?.[1];
  if (pkg) return pkg;
  if (url.includes('/web/src/') || url.endsWith('/web/server.ts')) return 'web app code';
  if (url.includes('/web/build/'))
    return url.includes('/server/chunks/') || url.includes('/entries/') ? 'web app code' : 'SvelteKit runtime and adapter';
  return url ? url.replace(root, '') : functionName || '(anonymous)';
}

function playerPathReport(runs: Run[]): string {
  const rows = runs.flatMap(({ concurrency, player }) => [
    row("player's real path: web `POST /learn/track` → api", concurrency, player.realPath),
    ...player.grouped.map(
      (g) =>
        `| baseline: pgbench, ${g.rows} rows per transaction, ${BATCHER_IN_FLIGHT} clients | ${concurrency} | ${g.rowsPerSecond.toFixed(0)} | (average ${g.latencyAverage.toFixed(1)} ms per transaction) | — | — |`,
    ),
  ]);
  const ratio = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '?');
  const ratios = runs.map(
    ({ concurrency, http, player, baseline }) =>
      `| ${concurrency} | ${ratio(player.realPath.perSecond, http.perSecond)} | ${ratio(player.realPath.perSecond, baseline.tps)} | ${player.realPath.p99.toFixed(1)} ms |`,
  );
  const batches = runs.map(
    ({ concurrency, player: { batches } }) =>
      `| ${concurrency} | ${batches.direct.mean.toFixed(1)} / ${batches.direct.median} / ${batches.direct.max} | ${batches.player.mean.toFixed(1)} / ${batches.player.median} / ${batches.player.max} |`,
  );
  const last = runs.at(-1);
  const met =
    last &&
    last.player.realPath.perSecond >= 0.8 * last.http.perSecond &&
    last.player.realPath.perSecond >= 0.5 * last.baseline.tps &&
    last.player.realPath.p99 < 50;
  const commits = runs.reduce((sum, r) => sum + r.player.realPath.commits, 0);
  return `
## The player's real path

The browser's commit queue does not call the api: it posts to the web server's \`/learn/track\`, which forwards the
commit with the learner's session cookie (no \`Me\` lookup on this route) to \`POST /tracking/commits\`. Measured with
the same learners, ${SECONDS} s each, the web server built and started as \`npm start\` runs it.

| measurement | connections | commits/s | p50 latency | p99 latency | errors |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Targets: the real path at least 80% of the api-direct figure and at least 50% of pgbench's single-row figure at 64
connections, p99 under 50 ms. ${last ? (met ? 'Reached.' : `Not reached${process.env.BENCH_PROFILE ? ': see where the time goes below' : " (`BENCH_PROFILE=<dir>` adds where the web server's time goes)"}.`) : ''}

| connections | real path ÷ api direct | real path ÷ pgbench single-row | real path p99 |
| ---: | ---: | ---: | ---: |
${ratios.join('\n')}

Group commit, as the api did it (commits per statement: mean / the batch of the median commit / largest), counted by
the batcher with \`BENCH_STATS\`:

| connections | api direct | real path |
| ---: | ---: | ---: |
${batches.join('\n')}

The group-commit baseline is pgbench doing what the batcher does at those batch sizes: the same upsert on that many
attempts in one statement and transaction, ${BATCHER_IN_FLIGHT} transactions at once; its commits/s is rows written per second.
It is the ceiling for this way of writing on this machine, where the single-row pgbench pays a transaction per row.
${webProfileReport(commits)}
What the web server does per commit: \`web/server.ts\` answers \`POST /learn/track\` with a plain Node handler ahead of
SvelteKit (\`web/src/lib/server/track-commit.ts\`, as the api does for its commit route): it reads the session cookie,
checks the body's size and shape and forwards it over a kept-alive \`node:http\` connection, with no WHATWG
\`Request\`/\`Response\` and no hooks. Through SvelteKit (adapter-node's conversion, undici's classes, web streams)
the same route had cost the web 1767 µs of CPU per commit (run of 2026-12-01 11:40, on a loaded machine).

${cpuReport()}
`;
}
