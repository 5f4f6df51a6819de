import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './local-disk-storage.js';
import { StorageLimitError, type PackageStorage } from './package-storage.js';
import { S3Storage } from './s3-storage.js';

const MB = 1024 ** 2;
/** Slow enough paths (20 MB through an S3 server written in JavaScript) need more than vitest's 5 s. */
const BIG = { timeout: 60_000 };

/** Recognisable bytes: a shifted copy or a dropped chunk shows up as a difference. */
function bytes(length: number): Buffer {
  const cycle = Buffer.from(Array.from({ length: 251 }, (_, i) => i));
  return length ? Buffer.alloc(length, cycle) : Buffer.alloc(0);
}

/** Hands `data` out in 1 MB chunks, as a request body would arrive, then optionally fails like a dropped connection. */
function streamOf(data: Buffer, failure?: Error): Readable {
  function* chunks(): Generator<Buffer> {
    for (let at = 0; at < data.length; at += MB) yield data.subarray(at, at + MB);
    if (failure) throw failure;
  }
  return Readable.from(chunks(), { objectMode: false });
}

async function readAll(stream: Readable | null): Promise<Buffer | null> {
  return stream ? buffer(stream) : null;
}

interface Harness {
  storage: PackageStorage;
  close(): Promise<void>;
}

function describeStorage(name: string, make: () => Promise<Harness>): void {
  describe(name, () => {
    let harness: Harness | undefined;
    const storage = (): PackageStorage => harness!.storage;

    beforeAll(async () => {
      harness = await make();
    });
    afterAll(async () => {
      await harness?.close();
    });

    it('reads back what was written, whole or as a byte range', async () => {
      const data = bytes(1000);
      expect(await storage().write('round/trip.bin', streamOf(data))).toBe(1000);
      expect(await storage().size('round/trip.bin')).toBe(1000);
      expect(await readAll(await storage().read('round/trip.bin'))).toEqual(data);
      expect(await readAll(await storage().read('round/trip.bin', { start: 10, end: 19 }))).toEqual(data.subarray(10, 20));
    });

    it('reads any byte range: the first and last byte, one byte, the whole file', async () => {
      const data = bytes(1000);
      await storage().write('ranges/file.bin', streamOf(data));
      const range = async (start: number, end: number) => readAll(await storage().read('ranges/file.bin', { start, end }));
      expect(await range(0, 0)).toEqual(data.subarray(0, 1));
      expect(await range(999, 999)).toEqual(data.subarray(999));
      expect(await range(500, 500)).toEqual(data.subarray(500, 501));
      expect(await range(0, 999)).toEqual(data);
      expect(await range(250, 749)).toEqual(data.subarray(250, 750));
    });

    it('stops reading when the reader goes away, and can read again at once', async () => {
      const data = bytes(4 * MB);
      await storage().write('ranges/abandoned.bin', streamOf(data));
      const stream = (await storage().read('ranges/abandoned.bin'))!;
      await new Promise<void>((resolve) => stream.once('data', () => resolve()));
      stream.destroy();
      await new Promise<void>((resolve) => stream.once('close', () => resolve()));
      expect(stream.destroyed).toBe(true);
      expect(await readAll(await storage().read('ranges/abandoned.bin', { start: MB, end: MB + 9 }))).toEqual(data.subarray(MB, MB + 10));
    });

    it('accepts a write of exactly the limit', async () => {
      expect(await storage().write('limit/exact.bin', streamOf(bytes(100)), 100)).toBe(100);
    });

    it('refuses a write past the limit and keeps nothing of it', async () => {
      await expect(storage().write('limit/over.bin', streamOf(bytes(101)), 100)).rejects.toBeInstanceOf(StorageLimitError);
      expect(await storage().size('limit/over.bin')).toBeNull();
    });

    it('refuses a write past the limit after several parts were sent, and keeps nothing of it', BIG, async () => {
      await expect(storage().write('limit/over-big.bin', streamOf(bytes(20 * MB)), 10 * MB)).rejects.toBeInstanceOf(StorageLimitError);
      expect(await storage().size('limit/over-big.bin')).toBeNull();
    });

    it('keeps nothing of a write whose source fails midway', BIG, async () => {
      const lost = new Error('connection lost');
      await expect(storage().write('cut/small.bin', streamOf(bytes(1000), lost))).rejects.toThrow(lost);
      expect(await storage().size('cut/small.bin')).toBeNull();
      // Past the first multipart part, so that S3 has an upload in progress to abandon.
      await expect(storage().write('cut/big.bin', streamOf(bytes(12 * MB), lost))).rejects.toThrow(lost);
      expect(await storage().size('cut/big.bin')).toBeNull();
    });

    it('keeps the previous file when a write over it fails', async () => {
      await storage().write('cut/kept.bin', streamOf(bytes(10)));
      await expect(storage().write('cut/kept.bin', streamOf(bytes(500), new Error('connection lost')))).rejects.toThrow();
      expect(await readAll(await storage().read('cut/kept.bin'))).toEqual(bytes(10));
    });

    it('answers null for a missing file', async () => {
      expect(await storage().size('missing/file.bin')).toBeNull();
      expect(await storage().read('missing/file.bin')).toBeNull();
      expect(await storage().read('missing/file.bin', { start: 0, end: 9 })).toBeNull();
    });

    it.each(['../escape.bin', 'a/../../escape.bin', '/etc/passwd', 'a\\b.bin', 'a//b.bin', ''])('refuses the key %j', async (key) => {
      await expect(storage().write(key, streamOf(bytes(1)))).rejects.toThrow('not a storage key');
      await expect(storage().size(key)).rejects.toThrow('not a storage key');
      await expect(storage().read(key)).rejects.toThrow('not a storage key');
      await expect(storage().remove(key)).rejects.toThrow('not a storage key');
      await expect(storage().removeFolder(key)).rejects.toThrow('not a storage key');
    });

    it('removes a file', async () => {
      await storage().write('gone/file.bin', streamOf(bytes(10)));
      await storage().remove('gone/file.bin');
      expect(await storage().size('gone/file.bin')).toBeNull();
      await expect(storage().remove('gone/file.bin')).resolves.toBeUndefined();
    });

    it('removes everything under a folder and nothing else', async () => {
      const inside = ['course-a/index.html', 'course-a/deep/er/page.html'];
      const outside = ['course-ab/index.html', 'other/course-a/index.html', 'course-a.zip'];
      for (const key of [...inside, ...outside]) await storage().write(key, streamOf(bytes(10)));
      await storage().removeFolder('course-a');
      for (const key of inside) expect(await storage().size(key)).toBeNull();
      for (const key of outside) expect(await storage().size(key)).toBe(10);
      await expect(storage().removeFolder('never-written')).resolves.toBeUndefined();
    });

    it('gives a local file with the same bytes', async () => {
      const data = bytes(5000);
      await storage().write('uploads/package.zip', streamOf(data));
      const copy = await storage().localCopy('uploads/package.zip');
      expect(await readFile(copy.path)).toEqual(data);
      await copy.release();
    });

    it('streams a 20 MB file through', BIG, async () => {
      const data = bytes(20 * MB);
      expect(await storage().write('big/package.zip', streamOf(data))).toBe(20 * MB);
      expect(await storage().size('big/package.zip')).toBe(20 * MB);
      expect((await readAll(await storage().read('big/package.zip')))?.equals(data)).toBe(true);
      const tail = await readAll(await storage().read('big/package.zip', { start: 20 * MB - 100, end: 20 * MB - 1 }));
      expect(tail).toEqual(data.subarray(20 * MB - 100));
      // Across the boundary between two 8 MB upload parts, where an S3 object is stitched together.
      const seam = await readAll(await storage().read('big/package.zip', { start: 8 * MB - 10, end: 8 * MB + 9 }));
      expect(seam).toEqual(data.subarray(8 * MB - 10, 8 * MB + 10));
      // A seek-sized range in the middle, as a video player asks for.
      const middle = await readAll(await storage().read('big/package.zip', { start: 11 * MB + 7, end: 13 * MB + 6 }));
      expect(middle?.equals(data.subarray(11 * MB + 7, 13 * MB + 7))).toBe(true);
    });
  });
}

describeStorage('LocalDiskStorage', async () => {
  const root = await mkdtemp(join(tmpdir(), 'storage-local-'));
  return { storage: new LocalDiskStorage(root), close: () => rm(root, { recursive: true, force: true }) };
});

/** The little of s3rver (plain JavaScript, no types) that the tests use. */
interface S3rverServer {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => S3rverServer;

// s3rver is CommonJS without type declarations; createRequire types it here rather than in a global .d.ts.
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;

// s3rver has no AbortMultipartUpload, so the cases that abandon a multipart upload also check that a
// failed abort still reports the real cause and leaves no object behind.
describeStorage('S3Storage (s3rver)', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'storage-s3rver-'));
  const tempDir = await mkdtemp(join(tmpdir(), 'storage-s3-downloads-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'packages' }] });
  const { port } = await server.run();
  const storage = new S3Storage({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: 'packages',
    prefix: 'tenant-1',
    // s3rver's fixed credentials.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    tempDir,
  });
  async function close(): Promise<void> {
    await server.close();
    await rm(directory, { recursive: true, force: true });
    await rm(tempDir, { recursive: true, force: true });
  }
  return { storage, close };
});
