import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

const Organisations = graphql(`
  query PartnerOrganisation {
    reportOrganisations {
      id
      name
    }
  }
`);

/** The organisation in the address, if the viewer may read its reports; any other is "not found". */
export const load: LayoutServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Organisations);
  const organisation = data.reportOrganisations.find((o) => o.id === event.params.org);
  if (!organisation) error(404, 'Not found');
  return { organisation };
};
