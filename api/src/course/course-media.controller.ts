import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator.js';
import { notFound } from '../common/domain-error.js';
import { CourseAsset } from './course-asset.entity.js';

/** Images used by published courses. Public like the catalogue, and immutable: named by their hash. */
@Controller('course-media')
export class CourseMediaController {
  constructor(private readonly em: EntityManager) {}

  @Public()
  @Get(':fileName')
  async media(@Param('fileName') fileName: string, @Headers('range') range: string | undefined, @Res() res: Response) {
    if (!/^[0-9a-f]{64}\.[a-z0-9]{3,4}$/.test(fileName)) throw notFound('That file');
    const asset = await this.em.findOne(CourseAsset, { fileName }, { populate: ['bytes'] });
    if (!asset) throw notFound('That file');
    res
      .type(asset.contentType)
      .setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      .setHeader('X-Content-Type-Options', 'nosniff')
      .setHeader('Accept-Ranges', 'bytes');
    // Video and audio players ask for byte ranges to seek.
    const wanted = range ? byteRange(range, asset.bytes.length) : null;
    if (range && !wanted) {
      res.status(416).setHeader('Content-Range', `bytes */${asset.bytes.length}`).end();
      return;
    }
    if (wanted) {
      res
        .status(206)
        .setHeader('Content-Range', `bytes ${wanted.start}-${wanted.end}/${asset.bytes.length}`)
        .send(asset.bytes.subarray(wanted.start, wanted.end + 1));
      return;
    }
    res.status(200).send(asset.bytes);
  }
}

/** One `bytes=start-end` range (the form players send), clamped to the file; null when unsatisfiable. */
export function byteRange(header: string, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start <= end && start < size ? { start, end } : null;
}
