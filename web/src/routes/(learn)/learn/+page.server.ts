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
    myAssignments(locale: $locale) {
      assignmentId
      enrolmentId
      className
      dueAt
      overdue
      note
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
  // Assigned courses first, soonest due first (the api's order), each with its class and due date.
  const assignedBy = new Map(data.myAssignments.filter((a) => a.enrolmentId).map((a) => [a.enrolmentId!, a]));
  const assigned = [...assignedBy.keys()].flatMap((id) => data.myEnrolments.filter((e) => e.id === id));
  const others = data.myEnrolments.filter((e) => !assignedBy.has(e.id));
  const enrolments = [...assigned, ...others].map((e) => ({ ...e, assignment: assignedBy.get(e.id) ?? null }));
  return { enrolments, certificates: data.myCertificates };
};
