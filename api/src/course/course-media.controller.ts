import { pipeline } from 'node:stream/promises';
import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, Get, Inject, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator.js';
import { notFound } from '../common/domain-error.js';
import type { PackageStorage, StoredRange } from '../storage/package-storage.js';
import { PACKAGE_STORAGE } from '../storage/storage.module.js';
import { CourseAsset } from './course-asset.entity.js';
import { courseMediaKey } from './course-media-store.js';

const MEDIA_NAME = /^([0-9a-f]{64})\.[a-z0-9]{3,4}$/;

/**
 * Images, audio and video used by published courses. Public like the catalogue, and immutable: named by their hash.
 * The row gives type and size; the bytes are streamed from storage, only the range asked for, so memory stays flat
 * however large the file and however often a player seeks.
 */
@Controller('course-media')
export class CourseMediaController {
  private readonly logger = new Logger('CourseMedia');

  constructor(
    private readonly em: EntityManager,
    @Inject(PACKAGE_STORAGE) private readonly storage: PackageStorage,
  ) {}

  /** Express answers HEAD with this GET route; it then sends the headers only. */
  @Public()
  @Get(':fileName')
  async media(@Param('fileName') fileName: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const hash = MEDIA_NAME.exec(fileName)?.[1];
    if (!hash) throw notFound('That file');
    const asset = await this.em.findOne(CourseAsset, { fileName });
    if (!asset) throw notFound('That file');
    const etag = `"${hash}"`;
    res
      .type(asset.contentType)
      .setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      .setHeader('X-Content-Type-Options', 'nosniff')
      .setHeader('Accept-Ranges', 'bytes')
      .setHeader('ETag', etag);
    // req.fresh compares If-None-Match with the ETag just set.
    if (req.fresh) return void res.status(304).end();
    const answer = rangeAnswer(req.get('range'), req.get('if-range'), etag, asset.size);
    if (answer === 'unsatisfiable') return void res.status(416).setHeader('Content-Range', `bytes */${asset.size}`).end();
    const range = answer === 'whole' ? undefined : answer;
    const body = req.method === 'HEAD' ? null : await this.storage.read(courseMediaKey(fileName), range);
    if (req.method !== 'HEAD' && !body) {
      this.logger.error(`course media ${fileName} has a row but nothing in storage`);
      throw notFound('That file');
    }
    if (range) res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${asset.size}`);
    res.setHeader('Content-Length', range ? range.end - range.start + 1 : asset.size);
    if (!body) return void res.end();
    // pipeline destroys the storage stream (closing a file, or an S3 connection) when the client goes away.
    await pipeline(body, res).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
        this.logger.error(`course media ${fileName}: ${String(error)}`);
    });
  }
}

/**
 * What to send for a request's Range header: the whole file when there is none, when it is not a single byte range
 * (multiple ranges are allowed to be answered whole), or when If-Range names another version; otherwise the range,
 * or 416 when it lies past the end.
 */
export function rangeAnswer(
  header: string | undefined,
  ifRange: string | undefined,
  etag: string,
  size: number,
): StoredRange | 'whole' | 'unsatisfiable' {
  if (!header || !/^bytes=(\d+-\d*|-\d+)$/.test(header.trim())) return 'whole';
  if (ifRange !== undefined && ifRange.trim() !== etag) return 'whole';
  return byteRange(header, size) ?? 'unsatisfiable';
}

/** One `bytes=start-end` range (the form players send), clamped to the file; null when unsatisfiable. */
export function byteRange(header: string, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start <= end && start < size ? { start, end } : null;
}
