import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf, dropSession } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const MySessions = graphql(`
  query MySessions {
    mySessions {
      id
      device
      startedAt
      lastUsedAt
      sharedComputer
      current
    }
  }
`);

const EndSession = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

const LogOutEverywhere = graphql(`
  mutation LogOutEverywhere {
    logOutEverywhere
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), MySessions);
  return { sessions: data.mySessions };
};

export const actions: Actions = {
  end: async (event) => {
    try {
      await request(callerOf(event), EndSession, { id: field(await event.request.formData(), 'id') });
    } catch (error) {
      return formFailure(error, {});
    }
    return { ended: true };
  },
  everywhere: async (event) => {
    try {
      await request(callerOf(event), LogOutEverywhere);
    } catch (error) {
      return formFailure(error, {});
    }
    dropSession(event.cookies, event.url);
    redirect(303, '/login?notice=loggedOutEverywhere');
  },
};
