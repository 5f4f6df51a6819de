import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '../common/domain-error.js';
import { setCurrentViewer } from './current-viewer.decorator.js';
import { IS_PUBLIC } from './public.decorator.js';
import { httpOf } from './request-of.js';
import { SessionService } from './session.service.js';

/**
 * Applied to every route and resolver: nothing is reachable without a session unless marked
 * @Public(). Per-object checks (is this your attempt?) live in the services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const { req } = httpOf(context);
    const viewer = await this.sessions.viewerOf(req);
    setCurrentViewer(req, viewer);
    if (!viewer && !isPublic) throw unauthenticated();
    return true;
  }
}
