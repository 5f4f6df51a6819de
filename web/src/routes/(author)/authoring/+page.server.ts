import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const AuthoringCourses = graphql(`
  query AuthoringCourses {
    authoringCourses {
      courseId
      title
      organisationName
      readOnly
      hasDraft
      publishedVersion
      withdrawn
    }
  }
`);

const CreateDraft = graphql(`
  mutation CreateCourseDraft($input: NewCourseInput!) {
    createCourseDraft(input: $input) {
      courseId
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { data } = await request(callerOf(event), AuthoringCourses);
  return { courses: data.authoringCourses };
};

export const actions: Actions = {
  /** A new course: blank, or a copy of one listed here. */
  create: async (event) => {
    const form = await event.request.formData();
    const values = { courseId: field(form, 'courseId'), title: field(form, 'title'), copyOf: field(form, 'copyOf') };
    let courseId: string;
    try {
      const { data } = await request(callerOf(event), CreateDraft, {
        input: {
          courseId: values.courseId,
          title: values.title || null,
          sourceLocale: field(form, 'sourceLocale') || 'en',
          copyOf: values.copyOf || null,
        },
      });
      courseId = data.createCourseDraft.courseId;
    } catch (error) {
      return formFailure(error, values);
    }
    redirect(303, `/authoring/${courseId}`);
  },
};
