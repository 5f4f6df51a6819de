import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const EnrolmentOverview = graphql(`
  query EnrolmentOverview($id: ID!, $locale: String!) {
    enrolment(id: $id, locale: $locale) {
      id
      courseId
      courseTitle
      courseVersion
      locale
      completedAt
      completedUnits
      totalUnits
      resumeUnitId
      successStatus
      scoreScaled
      units {
        unitId
        title
        type
        moduleTitle
        completionStatus
        complete
      }
      certificate {
        id
        code
        issuedAt
        verificationUrl
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  try {
    const { data } = await request(callerOf(event), EnrolmentOverview, { id: event.params.enrolmentId, locale: event.locals.locale });
    return { enrolment: data.enrolment };
  } catch (failure) {
    if (failure instanceof ApiError && failure.code === 'NOT_FOUND') error(404, 'Not found');
    throw failure;
  }
};
