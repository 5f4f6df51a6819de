import type { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import type { Response } from 'express';

const logger = new Logger('ReportDownload');
const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/**
 * Streams the report as a file once access and filters were checked (a clear error came before the
 * first byte). A failure half-way cuts the connection without the closing chunk, and the file is
 * `no-store`, so neither the browser nor a cache takes half a file for a whole one.
 */
export async function sendReport(res: Response, format: 'csv' | 'xlsx', write: (out: Writable) => Promise<void>) {
  const day = new Date().toISOString().slice(0, 10);
  res
    .status(200)
    .type(TYPES[format])
    .setHeader('Content-Disposition', `attachment; filename="completion-report-${day}.${format}"`)
    .setHeader('Cache-Control', 'private, no-store');
  try {
    await write(res);
  } catch (error) {
    logger.warn(`report download stopped: ${error instanceof Error ? error.message : String(error)}`);
    res.destroy();
  }
}
