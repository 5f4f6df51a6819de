import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions } from './$types';

const JoinClass = graphql(`
  mutation JoinClass($code: String!) {
    joinClass(code: $code)
  }
`);

/** Joining by code, typed here or arriving by the join link (`/join/<code>`, which posts to this action). */
export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const code = field(form, 'code');
    try {
      await request(callerOf(event), JoinClass, { code });
    } catch (error) {
      return formFailure(error, { code });
    }
    redirect(303, '/my-classes?joined=1');
  },
};
