// Part of `pnpm bench`: a 200 MB lesson video published, then fetched the way a video player does while a learner
// seeks (many Range requests through the web server's /media/[file], then one whole read), with the api's and the
// web server's memory before and after. Baselines: the same reads straight from the file on disk, and what the
// previous version did for each of those requests (the whole bytea read from PostgreSQL).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryOf, type Memory } from './process-memory.ts';
import { root, say } from './services.ts';

const MB = 1024 ** 2;
const VIDEO_MB = Number(process.env.BENCH_VIDEO_MB ?? 200);
const SEEKS = Number(process.env.BENCH_SEEKS ?? 200);

export interface MediaBenchSetup {
  cli: string;
  env: NodeJS.ProcessEnv;
  databaseUrl: string;
  apiUrl: string;
  apiPid: number;
  webPort: number;
}

/** The seeks a player makes: 1–2 MB at offsets spread over the file, the same on every run. */
function seeks(size: number): { start: number; end: number }[] {
  let state = 2_463_534_242;
  const next = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31), state / 2 ** 31);
  return Array.from({ length: SEEKS }, () => {
    const length = MB + Math.floor(next() * MB);
    const start = Math.floor(next() * (size - length));
    return { start, end: start + length - 1 };
  });
}

/** A course folder holding one lesson with the video; returns the video's path and served name. */
function videoCourse(dir: string): { path: string; fileName: string } {
  mkdirSync(join(dir, 'media'), { recursive: true });
  mkdirSync(join(dir, 'units'), { recursive: true });
  const path = join(dir, 'media', 'talk.mp4');
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  for (let n = 0; n < VIDEO_MB; n++) {
    const chunk = randomBytes(MB);
    hash.update(chunk);
    writeSync(fd, chunk);
  }
  closeSync(fd);
  writeFileSync(join(dir, 'media', 'talk.en.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome.\n');
  writeFileSync(
    join(dir, 'course.yaml'),
    `id: bench-video\nsourceLocale: en\nlocales: [en]\ntitle: { en: 'A long talk' }\ndescription: { en: 'One long video.' }\n` +
      `estimatedMinutes: 5\ncompletion: all-units\nmastery:\n  passMark: 0.75\nmodules:\n  - id: talk\n    title: { en: 'Talk' }\n    units: [watch]\n`,
  );
  writeFileSync(
    join(dir, 'units', 'watch.en.md'),
    `---\ntype: lesson\ntitle: Watch\nmedia:\n  - kind: video\n    src: media/talk.mp4\n    captions: media/talk.en.vtt\n` +
      `    title: A long talk\n    transcript: 'Welcome.'\n---\nA long talk.\n`,
  );
  return { path, fileName: `${hash.digest('hex')}.mp4` };
}

async function drain(body: ReadableStream<Uint8Array> | null): Promise<number> {
  let bytes = 0;
  if (body) for await (const chunk of body) bytes += chunk.length;
  return bytes;
}

async function readFileRange(path: string, range?: { start: number; end: number }): Promise<number> {
  let bytes = 0;
  for await (const chunk of createReadStream(path, range ?? {})) bytes += (chunk as Buffer).length;
  return bytes;
}

/** Times the seeks and then one whole read, with `read`; MB/s for each, and the slowest seek. */
async function timeReads(size: number, read: (range?: { start: number; end: number }) => Promise<number>) {
  let bytes = 0;
  let slowest = 0;
  const started = performance.now();
  for (const range of seeks(size)) {
    const t0 = performance.now();
    const got = await read(range);
    if (got !== range.end - range.start + 1) throw new Error(`a range of ${range.end - range.start + 1} bytes answered ${got}`);
    bytes += got;
    slowest = Math.max(slowest, performance.now() - t0);
  }
  const seekSeconds = (performance.now() - started) / 1000;
  const t1 = performance.now();
  const whole = await read();
  if (whole !== size) throw new Error(`the whole file answered ${whole} of ${size} bytes`);
  const wholeSeconds = (performance.now() - t1) / 1000;
  return {
    bytes: bytes + whole,
    seekMBps: bytes / MB / seekSeconds,
    seekMs: (1000 * seekSeconds) / SEEKS,
    slowest,
    wholeMBps: size / MB / wholeSeconds,
  };
}

async function waitFor(url: string) {
  let answer = 'nothing';
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(url, { method: 'HEAD' });
      if (res.ok) return;
      answer = String(res.status);
    } catch (error) {
      answer = String(error); // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer (last: ${answer})`);
}

/**
 * What the previous version did for every one of those requests: the whole bytea read from PostgreSQL into the api's
 * memory. Measured once, in a process of its own, with the same driver (pg) the api uses.
 */
function oldPath(databaseUrl: string, path: string) {
  const inApi = (script: string) => {
    const result = spawnSync('node', ['--input-type=module', '-e', script, databaseUrl, path], {
      cwd: join(root, 'api'),
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout;
  };
  const connect = `import pg from 'pg';
import { readFileSync } from 'node:fs';
const client = new pg.Client({ connectionString: process.argv[1] });
await client.connect();`;
  // Stored by one process, read by another, so that the reader's peak is the read alone.
  inApi(`${connect}
await client.query('create table bench_old_media (bytes bytea not null)');
await client.query('insert into bench_old_media values ($1)', [readFileSync(process.argv[2])]);
await client.end();`);
  const measured = inApi(`${connect}
const peak = () => Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
const before = peak();
const t0 = performance.now();
const { rows } = await client.query('select bytes from bench_old_media');
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ bytes: rows[0].bytes.length, seconds, before, after: peak() }));
await client.query('drop table bench_old_media');
await client.end();`);
  return JSON.parse(measured) as { bytes: number; seconds: number; before: number; after: number };
}

export async function measureMediaSeek(setup: MediaBenchSetup) {
  const dir = mkdtempSync(join(tmpdir(), 'kinship-bench-video-'));
  const webUrl = `http://127.0.0.1:${setup.webPort}`;
  const web = spawn('node', [join(root, 'web/server.ts')], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(setup.webPort), HOST: '127.0.0.1', API_URL: setup.apiUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    say(`publishing a ${VIDEO_MB} MB lesson video`);
    // COURSES_DIR holds course folders.
    const video = videoCourse(join(dir, 'bench-video'));
    const size = VIDEO_MB * MB;
    const t0 = performance.now();
    execFileSync('node', [setup.cli, 'courses:publish'], { env: { ...setup.env, COURSES_DIR: dir }, stdio: 'ignore' });
    const publishSeconds = (performance.now() - t0) / 1000;
    const url = `${webUrl}/media/${video.fileName}`;
    await waitFor(url);
    const before = { api: memoryOf(setup.apiPid), web: memoryOf(web.pid!) };
    say(`a player seeking through it: ${SEEKS} range requests of 1–2 MB and one whole read, through the web server`);
    const served = await timeReads(size, async (range) => {
      const res = await fetch(url, range ? { headers: { range: `bytes=${range.start}-${range.end}` } } : {});
      if (res.status !== (range ? 206 : 200)) throw new Error(`${url} answered ${res.status}`);
      return drain(res.body);
    });
    const after = { api: memoryOf(setup.apiPid), web: memoryOf(web.pid!) };
    say('the same reads from the api directly, to show what the web server adds');
    const direct = await timeReads(size, async (range) => {
      const res = await fetch(
        `${setup.apiUrl}/course-media/${video.fileName}`,
        range ? { headers: { range: `bytes=${range.start}-${range.end}` } } : {},
      );
      return drain(res.body);
    });
    say('baseline: the same reads straight from the file on disk, and one read of the old path');
    const disk = await timeReads(size, (range) => readFileRange(video.path, range));
    const old = oldPath(setup.databaseUrl, video.path);
    return { megabytes: VIDEO_MB, seeks: SEEKS, publishSeconds, served, direct, disk, before, after, old };
  } finally {
    web.kill('SIGTERM');
    await new Promise((r) => web.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

export function mediaReport(m: Awaited<ReturnType<typeof measureMediaSeek>>): string {
  const mem = (x: Memory) => `${x.now.toFixed(0)} MB (peak ${x.peak.toFixed(0)} MB)`;
  // Held whole, one request alone would add the file's size to the peak; streamed, the peak grows by buffers and heap.
  const grew = m.after.api.peak - m.before.api.peak;
  return `Course media (issue: a 200 MB video read whole from PostgreSQL for every byte-range request): a ${m.megabytes} MB lesson
video published (${m.publishSeconds.toFixed(1)} s, streamed to local storage), then fetched as a player seeking through it does,
through the web server's \`/media/[file]\`: ${m.seeks} Range requests of 1–2 MB at offsets all over the file, one after another,
then one whole read.

| reading the ${m.megabytes} MB video | seeks (MB/s) | per seek | slowest seek | whole file (MB/s) |
| --- | ---: | ---: | ---: | ---: |
| web \`/media/[file]\` → api → storage (what the player fetches) | ${m.served.seekMBps.toFixed(0)} | ${m.served.seekMs.toFixed(1)} ms | ${m.served.slowest.toFixed(1)} ms | ${m.served.wholeMBps.toFixed(0)} |
| the api's \`/course-media/[file]\` directly (no web server) | ${m.direct.seekMBps.toFixed(0)} | ${m.direct.seekMs.toFixed(1)} ms | ${m.direct.slowest.toFixed(1)} ms | ${m.direct.wholeMBps.toFixed(0)} |
| baseline: the same reads straight from the file on disk | ${m.disk.seekMBps.toFixed(0)} | ${m.disk.seekMs.toFixed(1)} ms | ${m.disk.slowest.toFixed(1)} ms | ${m.disk.wholeMBps.toFixed(0)} |

The api's resident memory was ${mem(m.before.api)} before and ${mem(m.after.api)} after; the web server's
${mem(m.before.web)} before and ${mem(m.after.web)} after, while ${(m.served.bytes / MB).toFixed(0)} MB went through them${
    grew < m.megabytes / 2 ? ': each range was streamed, not held in memory' : ': memory grew with the file'
  }. The previous version read the whole bytea from PostgreSQL for
each of those requests: one such read took ${m.old.seconds.toFixed(1)} s and took the reading process's peak memory from
${m.old.before.toFixed(0)} MB to ${m.old.after.toFixed(0)} MB, for every seek.
`;
}
