import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Members = graphql(`
  query OrganisationMembers($organisationId: ID!) {
    organisationMembers(organisationId: $organisationId) {
      userId
      displayName
      email
      roles
      classes
      deactivatedAt
      canDeactivate
    }
  }
`);

const Deactivate = graphql(`
  mutation DeactivateMember($organisationId: ID!, $userId: ID!) {
    deactivateMember(organisationId: $organisationId, userId: $userId) {
      userId
      displayName
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Members, { organisationId: event.params.org });
  return { members: data.organisationMembers };
};

export const actions: Actions = {
  /** Deactivates a member: the api ends their sessions at once and keeps their records. */
  deactivate: async (event) => {
    const form = await event.request.formData();
    const userId = field(form, 'userId');
    try {
      const { data } = await request(callerOf(event), Deactivate, { organisationId: event.params.org, userId });
      return { deactivated: data.deactivateMember.displayName };
    } catch (e) {
      return formFailure(e, {});
    }
  },
};
