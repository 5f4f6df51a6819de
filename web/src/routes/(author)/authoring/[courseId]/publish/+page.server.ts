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
    reviewLinks(courseId: $courseId) {
      id
      createdAt
      revoked
    }
    reviewComments(courseId: $courseId) {
      unitId
      name
      text
      createdAt
    }
  }
`);

const Share = graphql(`
  mutation CreateReviewLink($courseId: ID!) {
    createReviewLink(courseId: $courseId) {
      token
    }
  }
`);

const Revoke = graphql(`
  mutation RevokeReviewLink($courseId: ID!, $id: ID!) {
    revokeReviewLink(courseId: $courseId, id: $id)
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
  return {
    draft: draft.courseDraft,
    diff: data.draftDiff,
    publications: data.coursePublications,
    reviewLinks: data.reviewLinks,
    comments: data.reviewComments,
  };
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
  /** A review link; its address is shown this once (only its hash is kept). */
  share: async (event) => {
    try {
      const { data } = await request(callerOf(event), Share, { courseId: event.params.courseId });
      return { reviewUrl: `${event.url.origin}/review/${data.createReviewLink.token}` };
    } catch (error) {
      return formFailure(error, { note: '' });
    }
  },
  revoke: async (event) => {
    const form = await event.request.formData();
    try {
      await request(callerOf(event), Revoke, { courseId: event.params.courseId, id: field(form, 'id') });
    } catch (error) {
      return formFailure(error, { note: '' });
    }
    redirect(303, `/authoring/${event.params.courseId}/publish`);
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
