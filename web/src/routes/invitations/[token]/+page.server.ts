import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { loginPath } from '#lib/server/guard.ts';
import { callerOf, keepSession } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Invitation = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      organisationName
      role
      email
      hasAccount
    }
  }
`);

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input)
  }
`);

export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
  try {
    const { data } = await request(callerOf(event), Invitation, { token: event.params.token });
    return { invitation: data.invitation, loginPath: loginPath(event.url), signedInAs: event.locals.viewer?.email ?? null };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return { invitation: null, loginPath: '', signedInAs: null };
    throw error;
  }
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const displayName = field(form, 'displayName');
    const password = form.has('password') ? field(form, 'password') : undefined;
    try {
      const result = await request(callerOf(event), AcceptInvitation, {
        input: { token: event.params.token, displayName, password },
      });
      keepSession(event.cookies, event.url, result);
    } catch (error) {
      return formFailure(error, { displayName });
    }
    redirect(303, '/learn');
  },
};
