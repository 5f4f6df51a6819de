import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import type { Role } from '#lib/graphql/generated/graphql.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Invitations = graphql(`
  query Invitations {
    invitableOrganisations {
      id
      name
    }
    pendingInvitations {
      id
      email
      organisationName
      role
      expiresAt
    }
  }
`);

const Invite = graphql(`
  mutation Invite($input: InviteInput!) {
    invite(input: $input)
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Invitations);
  if (!data.invitableOrganisations.length) error(403, 'Forbidden');
  return { organisations: data.invitableOrganisations, pending: data.pendingInvitations };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = {
      organisationId: field(form, 'organisationId'),
      email: field(form, 'email'),
      role: field(form, 'role') as Role,
      locale: field(form, 'locale'),
    };
    try {
      await request(callerOf(event), Invite, { input: values });
    } catch (error) {
      return formFailure(error, values);
    }
    return { sent: values.email };
  },
};
