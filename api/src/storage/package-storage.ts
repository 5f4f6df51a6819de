import { Transform, type Readable } from 'node:stream';

/** Bytes of one stored file, or part of it. */
export interface StoredRange {
  start: number;
  end: number;
}

export interface LocalCopy {
  path: string;
  release(): Promise<void>;
}

export class StorageLimitError extends Error {
  constructor(readonly limit: number) {
    super(`larger than the ${limit} bytes allowed`);
    this.name = 'StorageLimitError';
  }
}

/**
 * Where uploaded packages and their unpacked files live: local disk by default. Keys are relative,
 * forward-slash paths (`uploads/<id>.zip`, `packages/<hash>/index.html`), never absolute, never `..`.
 */
export interface PackageStorage {
  /** Streams `body` to `key`; nothing is visible under `key` until every byte is written. Throws StorageLimitError past `maxBytes`. */
  write(key: string, body: Readable, maxBytes?: number): Promise<number>;
  /** The file's size, or null when there is none. */
  size(key: string): Promise<number | null>;
  /** A stream of the file (or a byte range of it), or null when there is none. */
  read(key: string, range?: StoredRange): Promise<Readable | null>;
  /**
   * The file on local disk, for random access (zip directories need it). Call `release` when done:
   * object storage hands out a downloaded copy that must then be deleted.
   */
  localCopy(key: string): Promise<LocalCopy>;
  remove(key: string): Promise<void>;
  /** Removes every file whose key starts with `prefix/`. */
  removeFolder(prefix: string): Promise<void>;
}

/** Refuses keys that could reach outside the storage root. */
export function checkStorageKey(key: string): string {
  const segments = key.split('/');
  const bad = segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0'));
  if (bad || key.length > 1024) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
  return key;
}

/** Counts bytes on their way through and fails the stream once there are more than `max`. */
export function byteLimit(max: number, counted: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted.bytes += chunk.length;
      if (counted.bytes > max) done(new StorageLimitError(max));
      else done(null, chunk);
    },
  });
}
