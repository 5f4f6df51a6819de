import { redirect } from '@sveltejs/kit';
import { field } from '#lib/server/form-fields.ts';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request }) => {
    const code = field(await request.formData(), 'code').trim();
    redirect(303, `/verify/${encodeURIComponent(code || '-')}`);
  },
};
