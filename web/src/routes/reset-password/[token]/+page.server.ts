import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const ResetPassword = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

// The secret is in the address: no referrer may carry it to another site.
export const load: PageServerLoad = ({ setHeaders }) => {
  setHeaders({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
};

export const actions: Actions = {
  default: async (event) => {
    const newPassword = field(await event.request.formData(), 'password');
    try {
      await request(callerOf(event), ResetPassword, { input: { token: event.params.token, newPassword } });
    } catch (error) {
      return formFailure(error, {});
    }
    redirect(303, '/login?notice=passwordReset');
  },
};
