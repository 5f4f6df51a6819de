import type { RequestEvent } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import type { MeQuery } from '#lib/graphql/generated/graphql.ts';
import { request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';

const Me = graphql(`
  query Me {
    me {
      id
      displayName
      email
      locale
      can {
        importPackages
        exportCourses
        authorCourses
        teach
        report
        administer
        secondFactorNeeded
      }
    }
  }
`);

/** The logged-in person, as the web server knows them for one request, with what the api says they may do. */
export type Viewer = NonNullable<MeQuery['me']>;

/** One of the api's permissions (`me { can { … } }`); the rules themselves live in the api's access/. */
export type Permission = Exclude<keyof Viewer['can'], '__typename'>;

/** The person behind the request's session, or null when the api no longer knows the session. */
export async function lookUpViewer(event: RequestEvent): Promise<Viewer | null> {
  const { data } = await request(callerOf(event), Me);
  return data.me;
}
