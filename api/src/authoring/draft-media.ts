import { createHash, randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CourseAsset } from '../course/course-asset.entity.js';
import { CAPTION_TYPES, IMAGE_TYPES, MEDIA_TYPES } from '../course/course-loader.js';
import { StorageLimitError, type PackageStorage } from '../storage/package-storage.js';
import { mediaOfWrongType, mediaTooLarge } from './authoring.errors.js';
import { mediaLimit } from './course-folder-zip.js';
import { draftMediaKey } from './draft-course-files.js';
import type { DraftMedia } from './draft-files.types.js';

const CONTENT_TYPES: Record<string, string> = { ...IMAGE_TYPES, ...CAPTION_TYPES, ...MEDIA_TYPES.video, ...MEDIA_TYPES.audio };

/** A file name as it goes in media/: lower-case, letters, digits, dots and dashes. */
export function mediaPath(fileName: string): string {
  const extension = extname(fileName).toLowerCase();
  const stem = fileName
    .slice(0, fileName.length - extension.length)
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `media/${stem.slice(0, 80) || 'file'}${extension}`;
}

function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

function drain(body: Readable): Promise<void> {
  if (body.readableEnded || body.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    body.once('end', resolve).once('error', resolve).once('close', resolve);
    body.unpipe();
    body.resume();
  });
}

/**
 * Streams an uploaded media file to storage, refusing what course files may not hold (type, size). It lands under
 * a temporary key while its hash is not known, then is stored by hash, as published media are.
 */
export async function storeDraftMedia(
  em: EntityManager,
  storage: PackageStorage,
  fileName: string,
  body: Readable,
): Promise<{ path: string; media: DraftMedia }> {
  const path = mediaPath(fileName);
  const limit = mediaLimit(path);
  if (limit === null) {
    await drain(body);
    throw mediaOfWrongType(fileName, Object.keys(CONTENT_TYPES).join(', '));
  }
  const hash = createHash('sha256');
  const temporary = `uploads/media-${randomUUID()}`;
  let size: number;
  try {
    size = await storage.write(temporary, body.pipe(hashing(hash)), limit);
  } catch (error) {
    // The rest of the body is read and dropped, so that the client gets the answer instead of a reset connection.
    await drain(body);
    if (error instanceof StorageLimitError) throw mediaTooLarge(fileName, limit / 1024 ** 2);
    throw error;
  }
  try {
    const media = { hash: hash.digest('hex'), size };
    const key = draftMediaKey(path, media);
    if ((await storage.size(key)) !== size) await storage.write(key, (await storage.read(temporary))!);
    // The row lets the preview show it at /media/<hash>; named by its hash, it is as unguessable as it is immutable.
    const asset = em.create(
      CourseAsset,
      { fileName: key.slice(key.lastIndexOf('/') + 1), contentType: CONTENT_TYPES[extname(path).toLowerCase()]!, size },
      { persist: false },
    );
    await em.fork().upsert(asset, undefined, { onConflictAction: 'ignore' });
    return { path, media };
  } finally {
    await storage.remove(temporary);
  }
}
