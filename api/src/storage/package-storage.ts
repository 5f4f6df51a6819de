import type { Readable } from 'node:stream';

/** Bytes of one stored file, or part of it. */
export interface StoredRange {
  start: number;
  end: number;
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
  /** A path on local disk to read the file with random access (zip directories need it). */
  localPath(key: string): Promise<string>;
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
