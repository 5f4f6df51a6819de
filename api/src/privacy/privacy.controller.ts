import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { SqlPool } from '../database/sql-pool.js';
import { exportPersonalData } from './data-export.js';

@Controller('privacy')
export class PrivacyController {
  constructor(private readonly db: SqlPool) {}

  /** The viewer's own data as a JSON download; nobody can ask for anyone else's. */
  @Get('export')
  async export(@CurrentViewer() viewer: Viewer, @Res() res: Response) {
    const data = await exportPersonalData(this.db, viewer.userId);
    res
      .status(200)
      .type('application/json')
      .setHeader('Content-Disposition', `attachment; filename="kinship-my-data-${new Date().toISOString().slice(0, 10)}.json"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(JSON.stringify(data, null, 2));
  }
}
