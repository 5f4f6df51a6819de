import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { HttpContext } from '../auth/request-of.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import type { Viewer } from '../auth/viewer.js';
import { AccountDeletionService } from './account-deletion.service.js';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly deletion: AccountDeletionService) {}

  @Mutation(() => Boolean, { description: "Deletes the viewer's account and all its data, after the password again." })
  async deleteMyAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('password') password: string,
    @Context() ctx: HttpContext,
  ): Promise<boolean> {
    await this.deletion.deleteOwn(viewer, password);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
