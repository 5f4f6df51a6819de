import { Body, Controller, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput } from '../common/domain-error.js';
import { RosterImportService } from './roster-import.service.js';
import type { RosterPreviewView } from './roster-import.types.js';
import { ROSTER_LIMITS } from './roster-limits.js';
import { SignInCardsService } from './sign-in-cards.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The raw request body, refused past the limit without reading the rest. */
async function readBody(req: Request, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw invalidInput('ROSTER_TOO_LARGE', 'The file is larger than 10 MB.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Roster files arrive as the raw request body (the web forwards the uploaded file); cards leave as a PDF. */
@Controller('classrooms/:classroomId')
export class RosterController {
  constructor(
    private readonly rosters: RosterImportService,
    private readonly cards: SignInCardsService,
  ) {}

  /** Uploads a roster and answers with its dry run (nothing in the class changes). */
  @Post('roster-imports')
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Param('classroomId', ParseUUIDPipe) classroomId: string,
    @Query('fileName') fileName: string | undefined,
    @Req() req: Request,
  ): Promise<RosterPreviewView> {
    const bytes = await readBody(req, ROSTER_LIMITS.maxUploadBytes);
    return this.rosters.upload(viewer, classroomId, (fileName ?? 'roster.csv').slice(0, 255) || 'roster.csv', bytes);
  }

  /** New personal codes for the chosen students (all no-e-mail students by default), printed as cards. */
  @Post('sign-in-cards')
  async signInCards(
    @CurrentViewer() viewer: Viewer,
    @Param('classroomId', ParseUUIDPipe) classroomId: string,
    @Body() body: { userIds?: unknown } | undefined,
    @Res() res: Response,
  ) {
    const ids = body?.userIds;
    if (ids !== undefined && (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && UUID.test(id))))
      throw invalidInput('CARDS_BAD_STUDENTS', 'Choose students from the class list.');
    const { fileName, pdf } = await this.cards.print(viewer, classroomId, (ids as string[] | undefined) ?? null);
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `attachment; filename="${fileName}"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(pdf);
  }
}
