import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { callerOf, keepSession, safeNext } from '#lib/server/session.ts';
import { field } from '#lib/server/form-fields.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        id
        can {
          secondFactorNeeded
        }
      }
    }
  }
`);

const LoginWithSecondFactor = graphql(`
  mutation LoginWithSecondFactor($input: SecondFactorLoginInput!) {
    loginWithSecondFactor(input: $input) {
      viewer {
        id
        can {
          secondFactorNeeded
        }
      }
    }
  }
`);

/** Staff whose role needs two-step log-in and who have not set it up yet go to set it up first. */
function afterLogin(url: URL, viewer: { can: { secondFactorNeeded: boolean } }): string {
  const next = safeNext(url);
  return viewer.can.secondFactorNeeded ? `/account/security?next=${encodeURIComponent(next)}` : next;
}

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.viewer) redirect(303, safeNext(url));
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    // The second step of a log-in (SecondFactorStep.svelte) posts here too, with the challenge.
    if (field(form, 'challenge')) return secondStep(event, field(form, 'challenge'), field(form, 'code'));
    const email = field(form, 'email');
    const password = field(form, 'password');
    let goTo: string;
    try {
      const sharedComputer = field(form, 'sharedComputer') === 'yes';
      const device = event.request.headers.get('user-agent')?.slice(0, 200);
      const result = await request(callerOf(event), Login, { input: { email, password, sharedComputer, device } });
      keepSession(event.cookies, event.url, result);
      goTo = afterLogin(event.url, result.data.login.viewer);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'SECOND_FACTOR_REQUIRED')
        return { email, challenge: String(error.details.challenge) };
      return formFailure(error, { email });
    }
    redirect(303, goTo);
  },
};

async function secondStep(event: RequestEvent, challenge: string, code: string) {
  let goTo: string;
  try {
    const result = await request(callerOf(event), LoginWithSecondFactor, { input: { challenge, code } });
    keepSession(event.cookies, event.url, result);
    goTo = afterLogin(event.url, result.data.loginWithSecondFactor.viewer);
  } catch (error) {
    // An expired challenge sends the person back to the password; a wrong code lets them try again.
    const expired = error instanceof ApiError && error.details.reason === 'SECOND_FACTOR_CHALLENGE_EXPIRED';
    return formFailure(error, expired ? {} : { challenge });
  }
  redirect(303, goTo);
}
