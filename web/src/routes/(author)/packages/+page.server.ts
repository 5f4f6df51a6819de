import { fail, redirect } from '@sveltejs/kit';
import { errorKey } from '#lib/i18n/catalogues.server.ts';
import { errorValues } from '#lib/i18n/index.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request, streamToApi } from '#lib/server/api.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const MyImports = graphql(`
  query MyPackageImports {
    myPackageImports {
      id
      fileName
      status
      courseId
      courseVersion
      createdAt
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), MyImports);
  return { imports: data.myPackageImports };
};

export const actions: Actions = {
  /** Without JavaScript the zip arrives as a form upload; it is passed on to the api like the streamed one. */
  default: async (event) => {
    const form = await event.request.formData();
    const file = form.get('package');
    if (!(file instanceof File) || file.size === 0) return fail(400, { errorKey: 'packages.chooseFile' as const });
    const query = new URLSearchParams({
      fileName: file.name,
      locale: field(form, 'locale') || 'en',
      minutes: field(form, 'minutes') || '30',
    });
    const res = await streamToApi(callerOf(event), `/package-imports?${query.toString()}`, file.stream(), {
      'content-type': 'application/zip',
      'content-length': String(file.size),
    });
    const body = (await res.json().catch(() => ({}))) as {
      id?: string;
      error?: { code?: string; reason?: unknown } & Record<string, unknown>;
    };
    if (res.status !== 202 || !body.id)
      return fail(res.status, { errorKey: errorKey(body.error?.code, body.error?.reason), errorValues: errorValues(body.error ?? {}) });
    redirect(303, `/packages/${body.id}`);
  },
};
