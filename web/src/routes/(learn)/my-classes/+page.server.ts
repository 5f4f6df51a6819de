import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const MyClasses = graphql(`
  query MyClasses($locale: String!) {
    myClasses(locale: $locale) {
      id
      name
      term
      teacherNames
      canLeave
      assignments {
        assignmentId
        enrolmentId
        courseTitle
        dueAt
        completed
        overdue
      }
    }
  }
`);

const LeaveClass = graphql(`
  mutation LeaveClass($classId: ID!) {
    leaveClass(classId: $classId)
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), MyClasses, { locale: event.locals.locale });
  return { classes: data.myClasses, joined: event.url.searchParams.has('joined') };
};

export const actions: Actions = {
  leave: async (event) => {
    const form = await event.request.formData();
    try {
      await request(callerOf(event), LeaveClass, { classId: field(form, 'classId') });
    } catch (error) {
      return formFailure(error, {});
    }
    return { left: true };
  },
};
