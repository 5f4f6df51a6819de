import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf, keepSession } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const ClassSignIn = graphql(`
  mutation ClassSignIn($classCode: String!, $personalCode: String!) {
    classSignIn(classCode: $classCode, personalCode: $personalCode) {
      viewer {
        id
      }
    }
  }
`);

/** A sign-in card's QR code may carry both codes (`?class=…&code=…`), so that scanning fills the form. */
export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.viewer) redirect(303, '/learn');
  return { classCode: url.searchParams.get('class') ?? '', personalCode: url.searchParams.get('code') ?? '' };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const classCode = field(form, 'classCode');
    try {
      const result = await request(callerOf(event), ClassSignIn, { classCode, personalCode: field(form, 'personalCode') });
      keepSession(event.cookies, event.url, result);
    } catch (error) {
      return formFailure(error, { classCode });
    }
    redirect(303, '/learn');
  },
};
