import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const MyAccount = graphql(`
  query MyAccount {
    myAccount {
      email
      emailVerified
      hasPassword
    }
    invitableOrganisations {
      id
    }
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const RequestEmailChange = graphql(`
  mutation RequestEmailChange($input: EmailChangeInput!) {
    requestEmailChange(input: $input)
  }
`);

const ResendEmailVerification = graphql(`
  mutation ResendEmailVerification {
    resendEmailVerification
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), MyAccount);
  return { account: data.myAccount, mayInvite: data.invitableOrganisations.length > 0 };
};

export const actions: Actions = {
  password: async (event) => {
    const form = await event.request.formData();
    try {
      await request(callerOf(event), ChangePassword, {
        input: { currentPassword: field(form, 'currentPassword'), newPassword: field(form, 'newPassword') },
      });
    } catch (error) {
      return formFailure(error, { form: 'password' });
    }
    return { form: 'password', done: true };
  },
  email: async (event) => {
    const form = await event.request.formData();
    const newEmail = field(form, 'newEmail');
    try {
      await request(callerOf(event), RequestEmailChange, { input: { newEmail, password: field(form, 'password') } });
    } catch (error) {
      return formFailure(error, { form: 'email', newEmail });
    }
    return { form: 'email', done: true, newEmail };
  },
  resend: async (event) => {
    try {
      await request(callerOf(event), ResendEmailVerification);
    } catch (error) {
      return formFailure(error, { form: 'resend' });
    }
    return { form: 'resend', done: true };
  },
};
