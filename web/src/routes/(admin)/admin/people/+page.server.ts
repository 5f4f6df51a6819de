import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const People = graphql(`
  query AdminPeople($search: String!) {
    adminPeople(search: $search) {
      id
      displayName
      email
      deactivatedAt
    }
  }
`);

/** Finds people by name or e-mail (`?q=`), a plain GET form so that results can be bookmarked. */
export const load: PageServerLoad = async (event) => {
  const search = event.url.searchParams.get('q')?.trim() ?? '';
  if (!search) return { search, people: null };
  const { data } = await request(callerOf(event), People, { search });
  return { search, people: data.adminPeople };
};
