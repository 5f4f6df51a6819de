import { error, redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const Organisations = graphql(`
  query PartnerOrganisations {
    reportOrganisations {
      id
      name
    }
  }
`);

/** A partner admin has one organisation as a rule: go straight to its dashboard; with several, list them. */
export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Organisations);
  const organisations = data.reportOrganisations;
  if (organisations.length === 1) redirect(303, `/partner/${organisations[0]!.id}`);
  if (!organisations.length) error(403, 'Forbidden');
  return { organisations };
};
