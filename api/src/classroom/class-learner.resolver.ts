import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPayload } from '../auth/auth.types.js';
import { toViewerView } from '../auth/auth.resolver.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Public } from '../auth/public.decorator.js';
import type { HttpContext } from '../auth/request-of.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { SessionService } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { ENV, type Env } from '../config/env.js';
import { ClassMembershipService } from './class-membership.service.js';
import { ClassSignInService } from './class-sign-in.service.js';
import { MyAssignmentView, StudentClassView } from './classroom.types.js';
import { MyClassesService } from './my-classes.service.js';

/** The student's side: class sign-in, joining by code, their classes and assignments, leaving. */
@Resolver()
export class ClassLearnerResolver {
  constructor(
    private readonly membership: ClassMembershipService,
    private readonly mine: MyClassesService,
    private readonly signIn: ClassSignInService,
    private readonly sessions: SessionService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Query(() => [StudentClassView], { description: "The viewer's classes (not archived), with what is assigned." })
  myClasses(@CurrentViewer() viewer: Viewer, @Args('locale', { defaultValue: 'en' }) locale: string): Promise<StudentClassView[]> {
    return this.mine.classes(viewer, locale);
  }

  @Query(() => [MyAssignmentView], { description: 'Courses assigned to the viewer, soonest due first.' })
  myAssignments(@CurrentViewer() viewer: Viewer, @Args('locale', { defaultValue: 'en' }) locale: string): Promise<MyAssignmentView[]> {
    return this.mine.assignments(viewer, locale);
  }

  @Mutation(() => ID, { description: 'Joins the class of an open join code; answers the class id.' })
  async joinClass(@CurrentViewer() viewer: Viewer, @Args('code') code: string, @Context() ctx: HttpContext): Promise<string> {
    return (await this.membership.join(viewer, code, ctx.req.ip ?? 'unknown')).id;
  }

  @Mutation(() => Boolean, { description: 'Leaves a class joined by code.' })
  leaveClass(@CurrentViewer() viewer: Viewer, @Args('classId', { type: () => ID }) classId: string): Promise<boolean> {
    return this.membership.leave(viewer, classId);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: '"Class sign-in" for students without e-mail: the class code and their personal code.' })
  async classSignIn(
    @Args('classCode') classCode: string,
    @Args('personalCode') personalCode: string,
    @Context() ctx: HttpContext,
  ): Promise<AuthPayload> {
    const { session } = await this.signIn.signIn(classCode, personalCode, ctx.req.ip ?? 'unknown');
    // School devices are shared: the cookie has no expiry, so the browser forgets it when it closes.
    ctx.res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.env.NODE_ENV === 'production',
      path: '/',
    });
    const viewer = await this.sessions.viewerForToken(session.token);
    if (!viewer) throw new Error('a session that was just started could not be read back');
    return { viewer: toViewerView(viewer) };
  }
}
