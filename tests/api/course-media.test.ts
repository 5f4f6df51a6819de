import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, readlink, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { enrol, makeLearner } from '../support/learner.js';
import { apiCli, repoRoot } from '../support/paths.js';
import { databaseUrl, templateName, withAdmin } from '../support/services.js';
import { startStack, type Stack } from '../support/stack.js';

const run = promisify(execFile);
const MB = 1024 ** 2;
const VIDEO_BYTES = 200 * MB;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ web: true });
});
afterAll(() => stack?.stop());

const LAUNCH_MEDIA = `mutation($e: ID!) { launchUnit(enrolmentId: $e, unitId: "read-this") { unit { html media { kind url contentType transcriptHtml } } } }`;

/** Bytes that tell every offset apart: the 4-byte little-endian word at offset 4n holds n. */
function pattern(start: number, end: number): Buffer {
  const first = Math.floor(start / 4);
  const words = Buffer.alloc((Math.floor(end / 4) - first + 1) * 4);
  for (let i = 0; i < words.length / 4; i++) words.writeUInt32LE(first + i, i * 4);
  return words.subarray(start - first * 4, start - first * 4 + end - start + 1);
}

/** A course with one lesson holding a video of `size` pattern bytes; returns its folder and the video's served name. */
async function videoCourse(root: string, size: number): Promise<string> {
  const dir = join(root, 'big-video');
  await mkdir(join(dir, 'media'), { recursive: true });
  await mkdir(join(dir, 'units'), { recursive: true });
  const hash = createHash('sha256');
  const out = createWriteStream(join(dir, 'media', 'talk.mp4'));
  for (let at = 0; at < size; at += 4 * MB) {
    const chunk = pattern(at, Math.min(at + 4 * MB, size) - 1);
    hash.update(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  await writeFile(join(dir, 'media', 'talk.en.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome.\n');
  await writeFile(
    join(dir, 'course.yaml'),
    `id: big-video\nsourceLocale: en\nlocales: [en]\ntitle: { en: 'A long talk' }\ndescription: { en: 'One long video.' }\n` +
      `estimatedMinutes: 5\ncompletion: all-units\nmastery:\n  passMark: 0.75\nmodules:\n  - id: talk\n    title: { en: 'Talk' }\n    units: [watch]\n`,
  );
  await writeFile(
    join(dir, 'units', 'watch.en.md'),
    `---\ntype: lesson\ntitle: Watch\nmedia:\n  - kind: video\n    src: media/talk.mp4\n    captions: media/talk.en.vtt\n` +
      `    title: A long talk\n    transcript: 'Welcome.'\n---\nA long talk.\n`,
  );
  return `${hash.digest('hex')}.mp4`;
}

/** The api's resident memory now and at its peak, in MB (Linux /proc). */
async function apiMemory(): Promise<{ now: number; peak: number }> {
  const status = await readFile(`/proc/${stack.processes.api!.child.pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** How many times the api has `file` open. */
async function timesOpen(file: string): Promise<number> {
  const fds = `/proc/${stack.processes.api!.child.pid}/fd`;
  const targets = await Promise.all((await readdir(fds)).map((fd) => readlink(join(fds, fd)).catch(() => '')));
  return targets.filter((target) => target === file).length;
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

describe('course media', () => {
  it('serves lesson images and audio by hash from storage, publicly and immutably, with byte ranges for players', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId } = await enrol(learner.client, 'test-practice');
    const { launchUnit } = await learner.client.ok<{
      launchUnit: { unit: { html: string; media: { kind: string; url: string; contentType: string; transcriptHtml: string }[] } };
    }>(LAUNCH_MEDIA, { e: enrolmentId });
    const image = /src="\/media\/([0-9a-f]{64}\.png)"/.exec(launchUnit.unit.html)?.[1];
    expect(image).toBeDefined();
    expect(launchUnit.unit.media).toMatchObject([
      { kind: 'audio', contentType: 'audio/mpeg', transcriptHtml: expect.stringContaining('Hello, and welcome') as unknown },
    ]);

    const png = await fetch(`${stack.webUrl}/media/${image}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('cache-control')).toContain('immutable');
    expect(png.headers.get('x-content-type-options')).toBe('nosniff');
    const circle = await readFile(join(repoRoot, 'tests/fixtures/courses/test-practice/media/circle.png'));
    expect(Buffer.from(await png.arrayBuffer())).toEqual(circle);
    // The bytes are in storage; the database keeps only what the file is.
    expect(await readFile(join(stack.storageDir, 'course-media', image!))).toEqual(circle);
    const { rows } = await stack.db.query<{ size: string }>(`select size from course_asset where file_name = $1`, [image]);
    expect(Number(rows[0]?.size)).toBe(circle.length);

    const audio = launchUnit.unit.media[0]!.url.replace('/media/', '/course-media/');
    const part = await fetch(`${stack.apiUrl}${audio}`, { headers: { range: 'bytes=0-9' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 0-9/210');
    expect((await part.arrayBuffer()).byteLength).toBe(10);
    const beyond = await fetch(`${stack.apiUrl}${audio}`, { headers: { range: 'bytes=500-' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */210');
    expect((await fetch(`${stack.apiUrl}/course-media/${'0'.repeat(64)}.png`)).status).toBe(404);
    expect((await fetch(`${stack.webUrl}/media/${'0'.repeat(64)}.png`)).status).toBe(404);
  });

  it('streams a 200 MB video from storage in the byte ranges a seeking player asks for, with the api memory flat', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kinship-video-course-'));
    try {
      const video = await videoCourse(root, VIDEO_BYTES);
      const env = { ...process.env, DATABASE_URL: stack.databaseUrl, STORAGE_DIR: stack.storageDir, COURSES_DIR: root, LOG_LEVEL: 'warn' };
      const published = await run(process.execPath, [apiCli, 'courses:publish'], { env });
      expect(published.stdout).toContain('published big-video v1');
      const url = `${stack.webUrl}/media/${video}`;
      const before = await apiMemory();

      const head = await fetch(url, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(VIDEO_BYTES));
      expect(head.headers.get('accept-ranges')).toBe('bytes');
      const etag = head.headers.get('etag');
      expect(etag).toBe(`"${video.slice(0, 64)}"`);
      expect(await timesOpen(join(stack.storageDir, 'course-media', video))).toBe(0);

      // A player seeking: ranges of 1–2 MB at offsets all over the file, each checked byte for byte.
      for (let n = 0; n < 40; n++) {
        const start = Math.floor((((n * 7919) % 1000) / 1000) * (VIDEO_BYTES - 2 * MB)) + n;
        const end = start + MB + ((n * 104_729) % MB);
        const res = await fetch(url, { headers: { range: `bytes=${start}-${end}` } });
        expect(res.status).toBe(206);
        expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${VIDEO_BYTES}`);
        expect(res.headers.get('content-length')).toBe(String(end - start + 1));
        expect(Buffer.from(await res.arrayBuffer()).equals(pattern(start, end))).toBe(true);
      }
      const tail = await fetch(url, { headers: { range: 'bytes=-100' } });
      expect(tail.headers.get('content-range')).toBe(`bytes ${VIDEO_BYTES - 100}-${VIDEO_BYTES - 1}/${VIDEO_BYTES}`);
      expect(Buffer.from(await tail.arrayBuffer()).equals(pattern(VIDEO_BYTES - 100, VIDEO_BYTES - 1))).toBe(true);
      const rest = await fetch(url, { headers: { range: `bytes=${VIDEO_BYTES - 5}-` } });
      expect(Buffer.from(await rest.arrayBuffer()).equals(pattern(VIDEO_BYTES - 5, VIDEO_BYTES - 1))).toBe(true);
      const past = await fetch(url, { headers: { range: `bytes=${VIDEO_BYTES}-` } });
      expect(past.status).toBe(416);
      expect(past.headers.get('content-range')).toBe(`bytes */${VIDEO_BYTES}`);
      // A player that already holds this version is told so; one holding another gets the whole file, not a range of it.
      expect((await fetch(url, { headers: { 'if-none-match': etag! } })).status).toBe(304);
      const stale = await fetch(`${stack.apiUrl}/course-media/${video}`, {
        method: 'HEAD',
        headers: { range: 'bytes=0-9', 'if-range': '"other"' },
      });
      expect(stale.status).toBe(200);

      // The whole file, read as it arrives.
      const whole = await fetch(url);
      expect(whole.status).toBe(200);
      const hash = createHash('sha256');
      let received = 0;
      for await (const chunk of whole.body!) {
        hash.update(chunk);
        received += chunk.length;
      }
      expect(received).toBe(VIDEO_BYTES);
      expect(hash.digest('hex')).toBe(video.slice(0, 64));

      const after = await apiMemory();
      // Read whole from the database, a single request for this file took the api's peak up by more than its size (200 MB);
      // streamed, the peak grows only by buffers and heap (about 60 MB in `pnpm bench` on a loaded machine).
      expect(after.peak - before.peak).toBeLessThan(100);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 180_000);

  it('closes the stored file when the player goes away in the middle of a video', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kinship-video-course-'));
    try {
      const video = await videoCourse(root, 64 * MB);
      const env = { ...process.env, DATABASE_URL: stack.databaseUrl, STORAGE_DIR: stack.storageDir, COURSES_DIR: root, LOG_LEVEL: 'warn' };
      await run(process.execPath, [apiCli, 'courses:publish'], { env });
      const stored = join(stack.storageDir, 'course-media', video);
      for (const url of [`${stack.apiUrl}/course-media/${video}`, `${stack.webUrl}/media/${video}`]) {
        const leaving = new AbortController();
        const res = await fetch(url, { signal: leaving.signal });
        const reader = res.body!.getReader();
        await reader.read();
        expect(await timesOpen(stored)).toBe(1);
        leaving.abort();
        expect(await eventually(async () => (await timesOpen(stored)) === 0)).toBe(true);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('course media kept in the database by an earlier version', () => {
  const MEDIA_MIGRATIONS = ['Migration20261201111021', 'Migration20261201111600'];

  /** A database as the version before media storage left it: bytes in `course_asset.bytes`, no `size`. */
  async function legacyDatabase(files: { fileName: string; bytes: Buffer }[]): Promise<{ name: string; url: string }> {
    const name = `kinship_t_${inject('runId')}_legacy_${Date.now().toString(36)}`;
    await withAdmin((admin) => admin.query(`create database ${name} template ${templateName(inject('runId'))}`));
    const db = new pg.Client({ connectionString: databaseUrl(name) });
    await db.connect();
    try {
      await db.query(`delete from mikro_orm_migrations where name = any($1)`, [MEDIA_MIGRATIONS]);
      await db.query(`delete from course_asset`);
      await db.query(`alter table course_asset drop column size, add column bytes bytea not null`);
      for (const file of files)
        await db.query(`insert into course_asset (file_name, content_type, bytes, created_at) values ($1, 'video/mp4', $2, now())`, [
          file.fileName,
          file.bytes,
        ]);
    } finally {
      await db.end();
    }
    return { name, url: databaseUrl(name) };
  }

  function named(bytes: Buffer): { fileName: string; bytes: Buffer } {
    return { fileName: `${createHash('sha256').update(bytes).digest('hex')}.mp4`, bytes };
  }

  it('moves them to storage when migrating, checked against their hash, and drops the column once all are moved', async () => {
    // 20 MB spans several of the slices the move reads at a time.
    const files = [named(pattern(0, 20 * MB - 1)), named(Buffer.from('a small clip'))];
    const corrupt = { fileName: `${'0'.repeat(64)}.mp4`, bytes: Buffer.from('not what its name says') };
    const legacy = await legacyDatabase([...files, corrupt]);
    const storageDir = await mkdtemp(join(tmpdir(), 'kinship-legacy-storage-'));
    const env = { ...process.env, DATABASE_URL: legacy.url, STORAGE_DIR: storageDir, LOG_LEVEL: 'warn' };
    const db = new pg.Client({ connectionString: legacy.url });
    await db.connect();
    try {
      // A file whose bytes do not match its name stops the migration before the column is dropped; nothing is lost.
      await expect(run(process.execPath, [apiCli, 'migrate'], { env })).rejects.toThrow(/do not match its name/);
      const kept = await db.query(`select file_name, bytes is not null as in_database from course_asset order by file_name`);
      expect(kept.rows).toContainEqual({ file_name: corrupt.fileName, in_database: true });

      await db.query(`delete from course_asset where file_name = $1`, [corrupt.fileName]);
      const migrated = await run(process.execPath, [apiCli, 'migrate'], { env });
      expect(migrated.stdout).toContain('Migration20261201111600');
      for (const file of files) expect((await readFile(join(storageDir, 'course-media', file.fileName))).equals(file.bytes)).toBe(true);
      const sizes = await db.query<{ file_name: string; size: string }>(`select file_name, size from course_asset`);
      expect(sizes.rows.map((row) => [row.file_name, Number(row.size)]).sort()).toEqual(
        files.map((f) => [f.fileName, f.bytes.length]).sort(),
      );
      const column = await db.query(`select 1 from information_schema.columns where table_name = 'course_asset' and column_name = 'bytes'`);
      expect(column.rowCount).toBe(0);

      const again = await run(process.execPath, [apiCli, 'migrate'], { env });
      expect(again.stdout).toContain('database is up to date');
    } finally {
      await db.end();
      await withAdmin((admin) => admin.query(`drop database if exists ${legacy.name} with (force)`));
      await rm(storageDir, { recursive: true, force: true });
    }
  }, 120_000);
});
