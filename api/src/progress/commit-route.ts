import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { Logger, type INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { SessionService } from '../auth/session.service.js';
import { DomainError, unauthenticated } from '../common/domain-error.js';
import { mapError, restErrorBody } from '../common/error-mapping.js';
import { assertJsonPost, jsonObject } from '../common/json-post.js';
import { ENV, type Env } from '../config/env.js';
import type { CommitInput } from '../tracking/tracking.types.js';
import { ProgressService } from './progress.service.js';

/** Large enough for every value a commit may carry (suspend data alone may be 64,000 characters). */
const MAX_BODY_BYTES = 512 * 1024;

interface CommitBody {
  attemptId?: unknown;
  seq?: unknown;
  sessionId?: unknown;
  values?: unknown;
}

/** The body as a CommitInput, or null when it does not have that shape. */
export function commitInput(body: CommitBody): CommitInput | null {
  const { attemptId, seq, sessionId, values } = body;
  if (typeof attemptId !== 'string' || typeof seq !== 'number' || typeof sessionId !== 'string') return null;
  if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
  const entries = Object.entries(values as Record<string, unknown>);
  if (!entries.every(([, value]) => typeof value === 'string')) return null;
  return { attemptId, seq, sessionId, values: entries.map(([element, value]) => ({ element, value: value as string })) };
}

async function readJson(req: Request): Promise<CommitBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new DomainError('BAD_USER_INPUT', 'A commit may not be larger than 512 KB.');
    chunks.push(chunk as Buffer);
  }
  return jsonObject<CommitBody>(Buffer.concat(chunks).toString('utf8'));
}

/**
 * `POST /tracking/commits`: the platform's busiest route (every learner's player commits every few
 * seconds), so it is a plain handler mounted ahead of the framework's per-request machinery (GraphQL,
 * request logging, the ORM's request context for every route), calling the same session check and the
 * same ProgressService as the GraphQL mutation commitAttempt. Errors leave as the api's REST errors do.
 */
export function commitRoute(app: INestApplication) {
  const sessions = app.get(SessionService);
  const progress = app.get(ProgressService);
  const orm = app.get(MikroORM);
  // The web server forwards commits without an Origin; a browser may only send them from the web's pages.
  const webOrigin = new URL(app.get<Env>(ENV).WEB_URL).origin;
  const logger = new Logger('CommitRoute');
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || req.path !== '/') return next();
    const handle = async () => {
      assertJsonPost(req, webOrigin);
      const viewer = await sessions.viewerOf(req);
      if (!viewer) throw unauthenticated();
      const input = commitInput(await readJson(req));
      if (!input)
        throw new DomainError('BAD_USER_INPUT', 'A commit needs attemptId, seq, sessionId and values (element: value, all strings).');
      const result = await RequestContext.create(orm.em, () => progress.commit(viewer, input));
      res.status(200).json({ applied: result.applied, seq: result.attempt.seq, courseCompleted: result.courseCompleted });
    };
    handle().catch((error: unknown) => {
      const mapped = mapError(error);
      if (mapped.unexpected) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      res.status(mapped.status).json(restErrorBody(mapped));
    });
  };
}
