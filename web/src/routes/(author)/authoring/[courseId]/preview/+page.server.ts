import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const Preview = graphql(`
  query DraftPreview($courseId: ID!, $locale: String!) {
    draftPreview(courseId: $courseId, locale: $locale) {
      locale
      title
      description
      units {
        ...PreviewUnitFields
      }
    }
  }
`);

/** The draft as a learner would read it, in the language asked for; a draft with errors says so instead. */
export const load: PageServerLoad = async (event) => {
  const locale = event.url.searchParams.get('locale') ?? event.locals.locale;
  try {
    const { data } = await request(callerOf(event), Preview, { courseId: event.params.courseId, locale });
    return { courseId: event.params.courseId, locale, preview: data.draftPreview, blocked: false };
  } catch (error) {
    if (!(error instanceof ApiError) || error.details.reason !== 'COURSE_FOLDER_PROBLEMS') throw error;
    return { courseId: event.params.courseId, locale, preview: null, blocked: true };
  }
};
