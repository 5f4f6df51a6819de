import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
  type GetObjectCommandOutput,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { byteLimit, checkStorageKey, type LocalCopy, type PackageStorage, type StoredRange } from './package-storage.js';

export interface S3StorageOptions {
  /** An S3-compatible server (MinIO, Garage, …); AWS itself when left out. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Folder inside the bucket that every key lives under, so that a bucket can be shared. */
  prefix?: string;
  /** Both or neither: without them the SDK's default chain (environment, instance role, …) applies. */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `bucket` in the path rather than the host name: most self-hosted servers need it. */
  forcePathStyle: boolean;
  /** Where localPath downloads objects to. */
  tempDir: string;
}

/** Parts are buffered in memory while they upload: this many of this size at most, whatever the file's size. */
const PART_BYTES = 8 * 1024 ** 2;
const PARTS_IN_FLIGHT = 4;

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A missing object, but not a missing bucket: that must fail loudly rather than look like an empty store.
 * HeadObject answers without a body, so its 404 arrives as a bare NotFound.
 */
function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound');
}

function asReadable(output: GetObjectCommandOutput): Readable {
  if (output.Body instanceof Readable) return output.Body;
  throw new Error('the S3 client returned a body that is not a Node stream');
}

/**
 * The body of a ranged GetObject, held to exactly the bytes asked for. Some S3-compatible servers answer more than the
 * range (s3rver reads `bytes=0-0` as `bytes=0-`) or ignore Range altogether; a player handed the wrong bytes would show
 * a broken video, so a body that starts elsewhere is refused and one that runs past the end is cut.
 */
function exactRange(output: GetObjectCommandOutput, range: StoredRange): Readable {
  const body = asReadable(output);
  const start = output.ContentRange ? Number(/^bytes (\d+)-/.exec(output.ContentRange)?.[1]) : 0;
  if (start !== range.start) {
    body.destroy();
    throw new Error(`the S3 server answered bytes ${output.ContentRange ?? '(all)'} for bytes=${range.start}-${range.end}`);
  }
  const wanted = range.end - range.start + 1;
  return (output.ContentLength ?? wanted) > wanted ? firstBytes(body, wanted) : body;
}

/** The first `count` bytes of `source`, which is closed once they are through (or when the reader goes away). */
function firstBytes(source: Readable, count: number): Readable {
  let left = count;
  const taken = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (left > 0) {
        const part = chunk.subarray(0, left);
        left -= part.length;
        this.push(part);
        if (left === 0) this.push(null);
      }
      done();
    },
  });
  source.on('error', (error) => taken.destroy(error));
  taken.on('end', () => source.destroy()).on('close', () => source.destroy());
  return source.pipe(taken);
}

/** Errors S3 reports per key in a DeleteObjects answer, which otherwise succeeds. */
function failedDeletes(errors: { Key?: string; Code?: string }[] | undefined): Error | null {
  if (!errors?.length) return null;
  const listed = errors.slice(0, 5).map((e) => `${e.Key}: ${e.Code}`);
  return new Error(`could not delete ${errors.length} stored file(s): ${listed.join(', ')}`);
}

/**
 * Package storage in an S3 bucket. Objects become visible only when an upload completes, which gives
 * the same all-or-nothing writes as the local rename: a failed or oversized write completes nothing.
 */
export class S3Storage implements PackageStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly tempDir: string;

  constructor(options: S3StorageOptions) {
    const { accessKeyId, secretAccessKey } = options;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // The newer default checksum headers (CRC32 on every request) are refused or mishandled by many S3-compatible servers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    this.bucket = options.bucket;
    const prefix = (options.prefix ?? '').replace(/^\/+|\/+$/g, '');
    this.prefix = prefix ? checkStorageKey(prefix) + '/' : '';
    this.tempDir = options.tempDir;
  }

  private objectKey(key: string): string {
    return this.prefix + checkStorageKey(key);
  }

  async write(key: string, body: Readable, maxBytes = Number.MAX_SAFE_INTEGER): Promise<number> {
    const objectKey = this.objectKey(key);
    const counted = { bytes: 0 };
    const limited = byteLimit(maxBytes, counted);
    // Settled into a value so that a source failure is not reported as unhandled while the upload is still aborting.
    const fed = pipeline(body, limited).then(() => null, asError);
    // Upload aborts its multipart upload when the stream fails; parts left by a failed abort never form an object
    // (a bucket lifecycle rule for incomplete multipart uploads cleans them up).
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: objectKey, Body: limited },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      // Also unblocks the source when the upload stopped reading because a request failed.
      limited.destroy(asError(error));
      // The stream's own error (too large, source cut off) comes first: the upload then only reports the same error,
      // or the abort's failure on servers without AbortMultipartUpload.
      throw (await fed) ?? error;
    }
    const failed = await fed;
    if (failed) throw failed;
    return counted.bytes;
  }

  async size(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async read(key: string, range?: StoredRange): Promise<Readable | null> {
    const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
    try {
      const output = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Range }));
      return range ? exactRange(output, range) : asReadable(output);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /**
   * Downloads the object to a file of its own under `tempDir`. Each call makes a new copy that nothing
   * else uses; `release` deletes it.
   */
  async localCopy(key: string): Promise<LocalCopy> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    const path = join(this.tempDir, `s3-${randomUUID()}${extname(key)}`);
    try {
      await pipeline(asReadable(object), createWriteStream(path, { flags: 'wx' }));
      return { path, release: () => rm(path, { force: true }) };
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async removeFolder(prefix: string): Promise<void> {
    const folder = this.objectKey(prefix) + '/';
    let token: string | undefined;
    do {
      // A page holds at most 1000 keys, which is also the most one DeleteObjects takes.
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: folder, ContinuationToken: token }));
      const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
      if (keys.length) {
        const deleted = await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys, Quiet: true } }));
        const failed = failedDeletes(deleted.Errors);
        if (failed) throw failed;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
