import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { callerOf } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const MyLearning = graphql(`
  query MyLearning($locale: String!) {
    myEnrolments(locale: $locale) {
      id
      courseId
      courseTitle
      locale
      completedAt
      completedUnits
      totalUnits
      resumeUnitId
    }
    myCertificates {
      id
      code
      courseTitle
      issuedAt
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), MyLearning, { locale: event.locals.locale });
  return { enrolments: data.myEnrolments, certificates: data.myCertificates };
};
