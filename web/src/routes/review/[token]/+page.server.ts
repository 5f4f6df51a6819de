import { fail } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Review = graphql(`
  query Review($token: String!, $locale: String!) {
    review(token: $token, locale: $locale) {
      courseId
      locale
      title
      description
      units {
        ...PreviewUnitFields
      }
    }
  }
`);

const AddComment = graphql(`
  mutation AddReviewComment($token: String!, $unitId: String!, $name: String!, $text: String!) {
    addReviewComment(token: $token, unitId: $unitId, name: $name, text: $text)
  }
`);

/** A colleague's view of a draft through a review link: no account needed, read and comment only. */
export const load: PageServerLoad = async (event) => {
  const locale = event.url.searchParams.get('locale') ?? event.locals.locale;
  try {
    const { data } = await request(callerOf(event), Review, { token: event.params.token, locale });
    return { review: data.review, blocked: false };
  } catch (error) {
    if (!(error instanceof ApiError) || error.details.reason !== 'COURSE_FOLDER_PROBLEMS') throw error;
    return { review: null, blocked: true };
  }
};

export const actions: Actions = {
  comment: async (event) => {
    const form = await event.request.formData();
    const values = { unitId: field(form, 'unitId'), name: field(form, 'name'), text: field(form, 'text') };
    if (!values.text.trim()) return fail(400, { ...values, errorKey: 'errors.reason.REVIEW_COMMENT' as const, errorValues: {} });
    try {
      await request(callerOf(event), AddComment, { token: event.params.token, ...values });
    } catch (error) {
      return formFailure(error, values);
    }
    return { sent: values.unitId, name: values.name };
  },
};
