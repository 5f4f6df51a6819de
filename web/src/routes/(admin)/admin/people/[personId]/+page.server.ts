import { graphql } from '#lib/graphql/generated/index.ts';
import type { Role } from '#lib/graphql/generated/graphql.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Person = graphql(`
  query AdminPerson($id: ID!) {
    adminPerson(id: $id) {
      id
      displayName
      email
      deactivatedAt
      secondFactorEnrolled
      memberships {
        id
        organisationName
        role
      }
    }
    adminOrganisations {
      id
      name
    }
  }
`);

const ChangeRole = graphql(`
  mutation ChangeMembershipRole($membershipId: ID!, $role: Role!) {
    changeMembershipRole(membershipId: $membershipId, role: $role) {
      id
    }
  }
`);

const AddMembership = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      id
    }
  }
`);

const Deactivate = graphql(`
  mutation DeactivatePerson($id: ID!) {
    deactivatePerson(id: $id) {
      id
    }
  }
`);

const Reactivate = graphql(`
  mutation ReactivatePerson($id: ID!) {
    reactivatePerson(id: $id) {
      id
    }
  }
`);

const ResetSecondFactor = graphql(`
  mutation ResetSecondFactor($id: ID!) {
    resetSecondFactor(id: $id) {
      id
    }
  }
`);

const ROLES: Role[] = ['learner', 'teacher', 'trainer', 'partner_admin', 'admin'];
const asRole = (value: string): Role => ((ROLES as string[]).includes(value) ? (value as Role) : 'learner');

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Person, { id: event.params.personId });
  return { person: data.adminPerson, organisations: data.adminOrganisations, roles: ROLES };
};

/** Each action answers which one was done, so the page can say so. */
async function run(work: () => Promise<unknown>, done: string) {
  try {
    await work();
  } catch (error) {
    return formFailure(error, {});
  }
  return { done };
}

export const actions: Actions = {
  changeRole: async (event) => {
    const form = await event.request.formData();
    return run(
      () => request(callerOf(event), ChangeRole, { membershipId: field(form, 'membershipId'), role: asRole(field(form, 'role')) }),
      'roleChanged',
    );
  },
  addMembership: async (event) => {
    const form = await event.request.formData();
    const input = { userId: event.params.personId, organisationId: field(form, 'organisationId'), role: asRole(field(form, 'role')) };
    return run(() => request(callerOf(event), AddMembership, { input }), 'membershipAdded');
  },
  deactivate: (event) => run(() => request(callerOf(event), Deactivate, { id: event.params.personId }), 'deactivated'),
  reactivate: (event) => run(() => request(callerOf(event), Reactivate, { id: event.params.personId }), 'reactivated'),
  resetSecondFactor: (event) => run(() => request(callerOf(event), ResetSecondFactor, { id: event.params.personId }), 'secondFactorReset'),
};
