import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { DraftDocument } from '#lib/server/authoring.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const DiffAndHistory = graphql(`
  query DraftDiff($courseId: ID!) {
    draftDiff(courseId: $courseId) {
      path
      status
      parts {
        change
        text
      }
    }
    coursePublications(courseId: $courseId) {
      action
      version
      note
      by
      at
    }
  }
`);

const Publish = graphql(`
  mutation PublishCourseDraft($courseId: ID!, $note: String!) {
    publishCourseDraft(courseId: $courseId, note: $note) {
      version
    }
  }
`);

const Withdraw = graphql(`
  mutation SetCourseWithdrawn($courseId: ID!, $withdrawn: Boolean!, $note: String!) {
    setCourseWithdrawn(courseId: $courseId, withdrawn: $withdrawn, note: $note) {
      version
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const caller = callerOf(event);
  const courseId = event.params.courseId;
  const [{ data: draft }, { data }] = await Promise.all([
    request(caller, DraftDocument, { courseId }),
    request(caller, DiffAndHistory, { courseId }),
  ]);
  return { draft: draft.courseDraft, diff: data.draftDiff, publications: data.coursePublications };
};

export const actions: Actions = {
  publish: async (event) => {
    const form = await event.request.formData();
    const note = field(form, 'note');
    try {
      const { data } = await request(callerOf(event), Publish, { courseId: event.params.courseId, note });
      redirect(303, `/authoring/${event.params.courseId}/publish?published=${data.publishCourseDraft.version}`);
    } catch (error) {
      return formFailure(error, { note });
    }
  },
  withdraw: async (event) => {
    const form = await event.request.formData();
    const withdrawn = field(form, 'withdrawn') === 'true';
    try {
      await request(callerOf(event), Withdraw, { courseId: event.params.courseId, withdrawn, note: field(form, 'note') });
    } catch (error) {
      return formFailure(error, { note: '' });
    }
    redirect(303, `/authoring/${event.params.courseId}/publish`);
  },
};
