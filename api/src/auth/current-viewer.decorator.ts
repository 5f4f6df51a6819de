import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { unauthenticated } from '../common/domain-error.js';
import { httpOf } from './request-of.js';
import type { Viewer } from './viewer.js';

type RequestWithViewer = Request & { currentViewer?: Viewer | null };

/** Stored by the AuthGuard on every request it lets through, so that handlers can read it synchronously. */
export function setCurrentViewer(req: Request, viewer: Viewer | null) {
  (req as RequestWithViewer).currentViewer = viewer;
}

/** The logged-in viewer; the AuthGuard has already refused anonymous callers of non-public handlers. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = (httpOf(context).req as RequestWithViewer).currentViewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer if someone is logged in, else null (for public handlers). */
export const OptionalViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | null => (httpOf(context).req as RequestWithViewer).currentViewer ?? null,
);
