import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const ConfirmEmail = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`);

export const load: PageServerLoad = ({ setHeaders }) => {
  setHeaders({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
};

// Confirmed by a button, not by opening the link: mail scanners open links, and must not use them up.
export const actions: Actions = {
  default: async (event) => {
    try {
      const { data } = await request(callerOf(event), ConfirmEmail, { token: event.params.token });
      return { outcome: data.confirmEmail === 'changed' ? ('changed' as const) : ('verified' as const) };
    } catch (error) {
      return formFailure(error, {});
    }
  },
};
