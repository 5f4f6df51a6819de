import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, Get, Param, Res } from '@nestjs/common';
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
  async media(@Param('fileName') fileName: string, @Res() res: Response) {
    if (!/^[0-9a-f]{64}\.[a-z]{3,4}$/.test(fileName)) throw notFound('That file');
    const asset = await this.em.findOne(CourseAsset, { fileName }, { populate: ['bytes'] });
    if (!asset) throw notFound('That file');
    res
      .status(200)
      .type(asset.contentType)
      .setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      .setHeader('X-Content-Type-Options', 'nosniff')
      .send(asset.bytes);
  }
}
