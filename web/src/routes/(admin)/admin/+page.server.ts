import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Organisations = graphql(`
  query AdminOrganisations {
    adminOrganisations {
      id
      name
      slug
      memberCount
    }
  }
`);

const Create = graphql(`
  mutation CreateOrganisation($name: String!) {
    createOrganisation(name: $name) {
      id
    }
  }
`);

const Rename = graphql(`
  mutation RenameOrganisation($id: ID!, $name: String!) {
    renameOrganisation(id: $id, name: $name) {
      id
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Organisations);
  return { organisations: data.adminOrganisations };
};

export const actions: Actions = {
  create: async (event) => {
    const name = field(await event.request.formData(), 'name');
    try {
      await request(callerOf(event), Create, { name });
    } catch (error) {
      return formFailure(error, { name });
    }
    return { created: true };
  },
  rename: async (event) => {
    const form = await event.request.formData();
    try {
      await request(callerOf(event), Rename, { id: field(form, 'id'), name: field(form, 'name') });
    } catch (error) {
      return formFailure(error, {});
    }
    return { renamed: true };
  },
};
