import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { byteLimit, checkStorageKey, type LocalCopy, type PackageStorage, type StoredRange } from './package-storage.js';

export class LocalDiskStorage implements PackageStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, checkStorageKey(key));
    if (!path.startsWith(this.root + sep)) throw new Error(`storage key escapes the root: ${key}`);
    return path;
  }

  async write(key: string, body: Readable, maxBytes = Number.MAX_SAFE_INTEGER): Promise<number> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written beside the target and renamed into place, so a failed or cut-off write leaves nothing behind.
    const partial = `${path}.${randomUUID()}.partial`;
    const counted = { bytes: 0 };
    try {
      await pipeline(body, byteLimit(maxBytes, counted), createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, path);
      return counted.bytes;
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async size(key: string): Promise<number | null> {
    const info = await stat(this.pathOf(key)).catch(() => null);
    return info?.isFile() ? info.size : null;
  }

  async read(key: string, range?: StoredRange): Promise<Readable | null> {
    if ((await this.size(key)) === null) return null;
    return createReadStream(this.pathOf(key), range ? { start: range.start, end: range.end } : {});
  }

  /** The stored file itself: nothing to release. */
  localCopy(key: string): Promise<LocalCopy> {
    return Promise.resolve({ path: this.pathOf(key), release: () => Promise.resolve() });
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async removeFolder(prefix: string): Promise<void> {
    await rm(this.pathOf(prefix), { recursive: true, force: true });
  }
}
