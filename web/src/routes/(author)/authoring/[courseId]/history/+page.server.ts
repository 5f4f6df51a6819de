import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Revisions = graphql(`
  query DraftRevisions($courseId: ID!) {
    draftRevisions(courseId: $courseId) {
      revision
      author
      createdAt
    }
  }
`);

const Restore = graphql(`
  mutation RestoreDraftRevision($courseId: ID!, $revision: Int!) {
    restoreDraftRevision(courseId: $courseId, revision: $revision) {
      revision
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), Revisions, { courseId: event.params.courseId });
  return { courseId: event.params.courseId, revisions: data.draftRevisions };
};

export const actions: Actions = {
  /** Makes an earlier revision the draft again, as a new revision: nothing in the history is lost. */
  restore: async (event) => {
    const form = await event.request.formData();
    try {
      await request(callerOf(event), Restore, { courseId: event.params.courseId, revision: Number(field(form, 'revision')) });
    } catch (error) {
      return formFailure(error, {});
    }
    redirect(303, `/authoring/${event.params.courseId}`);
  },
};
