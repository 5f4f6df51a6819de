import { error, fail, redirect } from '@sveltejs/kit';
import { errorKey } from '#lib/i18n/catalogues.server.ts';
import { errorValues } from '#lib/i18n/index.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request, streamToApi } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const RosterImport = graphql(`
  query RosterImport($id: ID!) {
    rosterImport(id: $id) {
      id
      classroomId
      fileName
      format
      encoding
      sheetName
      otherSheets
      needsClassChoice
      canApply
      appliedAt
      classes {
        sourcedId
        title
        school
      }
      chosenClass {
        sourcedId
        title
      }
      counts {
        add
        update
        unchanged
        remove
        skip
        kept
      }
      rows {
        file
        line
        action
        displayName
        previousName
        externalId
      }
      problems {
        file
        line
        reason
        params
      }
    }
  }
`);

const ChooseClass = graphql(`
  mutation ChooseRosterClass($id: ID!, $sourcedId: String!) {
    chooseRosterClass(id: $id, sourcedId: $sourcedId) {
      id
    }
  }
`);

const ApplyRoster = graphql(`
  mutation ApplyRosterImport($id: ID!) {
    applyRosterImport(id: $id) {
      counts {
        add
        update
        remove
      }
      newStudentIds
    }
  }
`);

const UUID = /^[0-9a-f-]{36}$/i;

export const load: PageServerLoad = async (event) => {
  const importId = event.url.searchParams.get('import');
  const classId = event.params.classId;
  if (!importId) return { classId, preview: null };
  if (!UUID.test(importId)) error(404, 'Not found');
  try {
    const { data } = await request(callerOf(event), RosterImport, { id: importId });
    if (data.rosterImport.classroomId !== event.params.classId) error(404, 'Not found');
    return { classId, preview: data.rosterImport };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') error(404, 'Not found');
    throw e;
  }
};

export const actions: Actions = {
  /** The file goes to the api as it came; the api answers with the dry run, shown at ?import=<id>. */
  upload: async (event) => {
    const form = await event.request.formData();
    const file = form.get('roster');
    if (!(file instanceof File) || file.size === 0) return fail(400, { errorKey: 'roster.chooseFile' as const });
    const path = `/classrooms/${event.params.classId}/roster-imports?fileName=${encodeURIComponent(file.name.slice(0, 200))}`;
    const res = await streamToApi(callerOf(event), path, file.stream(), {
      'content-type': 'application/octet-stream',
      'content-length': String(file.size),
    });
    const body = (await res.json().catch(() => ({}))) as {
      id?: string;
      error?: { code?: string; reason?: unknown } & Record<string, unknown>;
    };
    if (!res.ok || !body.id)
      return fail(res.status, { errorKey: errorKey(body.error?.code, body.error?.reason), errorValues: errorValues(body.error ?? {}) });
    redirect(303, `/classes/${event.params.classId}/roster?import=${body.id}`);
  },
  choose: async (event) => {
    const form = await event.request.formData();
    const id = field(form, 'importId');
    try {
      await request(callerOf(event), ChooseClass, { id, sourcedId: field(form, 'sourcedId') });
    } catch (e) {
      return formFailure(e, {});
    }
    redirect(303, `/classes/${event.params.classId}/roster?import=${id}`);
  },
  apply: async (event) => {
    const form = await event.request.formData();
    try {
      const { data } = await request(callerOf(event), ApplyRoster, { id: field(form, 'importId') });
      return { applied: data.applyRosterImport };
    } catch (e) {
      return formFailure(e, {});
    }
  },
};
