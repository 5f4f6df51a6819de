import { error, redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { loginPath } from '#lib/server/guard.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const CourseDetail = graphql(`
  query CourseDetail($id: ID!, $locale: String!) {
    course(id: $id, locale: $locale) {
      id
      version
      locale
      availableLocales
      title
      description
      audience
      estimatedMinutes
      outcomes
      unitCount
      scormVersion
      scormEdition
      enrolmentId
      modules {
        id
        title
        units {
          id
          title
          type
        }
      }
    }
  }
`);

const Enrol = graphql(`
  mutation Enrol($courseId: ID!, $locale: String!) {
    enrol(courseId: $courseId, locale: $locale) {
      id
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  try {
    const { data } = await request(callerOf(event), CourseDetail, { id: event.params.courseId, locale: event.locals.locale });
    return { course: data.course, loggedIn: !!event.locals.viewer };
  } catch (failure) {
    if (failure instanceof ApiError && failure.code === 'NOT_FOUND') error(404, 'Not found');
    throw failure;
  }
};

export const actions: Actions = {
  enrol: async (event) => {
    if (!event.locals.viewer) redirect(303, loginPath(event.url));
    let enrolmentId: string;
    try {
      const { data } = await request(callerOf(event), Enrol, { courseId: event.params.courseId, locale: event.locals.locale });
      enrolmentId = data.enrol.id;
    } catch (failure) {
      return formFailure(failure, {});
    }
    redirect(303, `/learn/${enrolmentId}`);
  },
};
