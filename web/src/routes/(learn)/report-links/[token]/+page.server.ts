import { graphql } from '#lib/graphql/generated/index.ts';
import { errorKey } from '#lib/i18n/catalogues.server.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const Link = graphql(`
  query ReportLink($token: String!) {
    reportLink(token: $token) {
      organisationName
      frequency
      format
      expiresAt
    }
  }
`);

/** A scheduled report's mailed link: the group's guard has made the person log in; the api checks the link is theirs and current. */
export const load: PageServerLoad = async (event) => {
  try {
    const { data } = await request(callerOf(event), Link, { token: event.params.token });
    return { token: event.params.token, link: data.reportLink, problem: null };
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== 'NOT_FOUND') throw e;
    return { token: event.params.token, link: null, problem: errorKey(e.code, e.details.reason) };
  }
};
