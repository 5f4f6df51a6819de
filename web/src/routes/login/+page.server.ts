import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { callerOf, keepSession, safeNext } from '#lib/server/session.ts';
import { field } from '#lib/server/form-fields.ts';
import type { Actions, PageServerLoad } from './$types';

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        id
      }
    }
  }
`);

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.viewer) redirect(303, safeNext(url));
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = field(form, 'email');
    const password = field(form, 'password');
    try {
      const result = await request(callerOf(event), Login, { input: { email, password } });
      keepSession(event.cookies, event.url, result);
    } catch (error) {
      return formFailure(error, { email });
    }
    redirect(303, safeNext(event.url));
  },
};
