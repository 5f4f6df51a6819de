import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { requireViewer } from '#lib/server/guard.ts';
import { callerOf, safeNext } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Status = graphql(`
  query MySecondFactor {
    mySecondFactor {
      enrolled
      required
      recoveryCodesLeft
      passkeys
    }
  }
`);

const Begin = graphql(`
  mutation BeginSecondFactorEnrolment {
    beginSecondFactorEnrolment {
      secret
      uri
      qrDataUrl
    }
  }
`);

const Confirm = graphql(`
  mutation ConfirmSecondFactorEnrolment($code: String!) {
    confirmSecondFactorEnrolment(code: $code)
  }
`);

const TurnOff = graphql(`
  mutation TurnOffSecondFactor($code: String!) {
    turnOffSecondFactor(code: $code)
  }
`);

/** Two-step log-in for the person themselves: set up (staff must), see recovery codes once, turn off. */
export const load: PageServerLoad = async (event) => {
  requireViewer(event.locals, event.url);
  const { data } = await request(callerOf(event), Status);
  return { status: data.mySecondFactor, next: event.url.searchParams.get('next') };
};

export const actions: Actions = {
  begin: async (event) => {
    requireViewer(event.locals, event.url);
    try {
      const { data } = await request(callerOf(event), Begin);
      return { enrolment: data.beginSecondFactorEnrolment };
    } catch (error) {
      return formFailure(error, {});
    }
  },
  confirm: async (event) => {
    requireViewer(event.locals, event.url);
    const form = await event.request.formData();
    const enrolment = { secret: field(form, 'secret'), uri: field(form, 'uri'), qrDataUrl: field(form, 'qrDataUrl') };
    try {
      const { data } = await request(callerOf(event), Confirm, { code: field(form, 'code') });
      return { recoveryCodes: data.confirmSecondFactorEnrolment, next: safeNext(event.url, '/learn') };
    } catch (error) {
      // A wrong first code keeps the same secret on screen, so the person can try the next code.
      return formFailure(error, { enrolment });
    }
  },
  turnOff: async (event) => {
    requireViewer(event.locals, event.url);
    const form = await event.request.formData();
    try {
      await request(callerOf(event), TurnOff, { code: field(form, 'code') });
    } catch (error) {
      return formFailure(error, {});
    }
    redirect(303, '/account/security');
  },
};
