import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions } from './$types';

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const actions: Actions = {
  default: async (event) => {
    const email = field(await event.request.formData(), 'email');
    try {
      await request(callerOf(event), RequestPasswordReset, { email });
    } catch (error) {
      return formFailure(error, { email });
    }
    // The same answer whether or not the address has an account.
    return { sent: true, email };
  },
};
