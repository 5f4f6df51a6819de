import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { callerOf, dropSession } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

export const POST: RequestHandler = async (event) => {
  if (event.locals.sessionToken) await request(callerOf(event), Logout).catch(() => undefined);
  dropSession(event.cookies, event.url);
  redirect(303, '/');
};
