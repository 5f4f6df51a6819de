import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf, dropSession } from '#lib/server/session.ts';
import type { Actions } from './$types';

const DeleteMyAccount = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export const actions: Actions = {
  delete: async (event) => {
    const form = await event.request.formData();
    if (field(form, 'confirm') !== 'yes') return { errorKey: 'privacy.confirmNeeded' as const };
    try {
      await request(callerOf(event), DeleteMyAccount, { password: field(form, 'password') });
    } catch (error) {
      return formFailure(error, {});
    }
    dropSession(event.cookies, event.url);
    redirect(303, '/login?notice=accountDeleted');
  },
};
