import { redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import { request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const Classes = graphql(`
  query TeacherClasses($archived: Boolean!) {
    classes(archived: $archived) {
      id
      name
      term
      grade
      organisationName
      studentCount
      archivedAt
    }
    me {
      memberships {
        organisationId
        organisationName
        role
      }
    }
  }
`);

const CreateClass = graphql(`
  mutation CreateClass($input: NewClassInput!) {
    createClass(input: $input) {
      id
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const archived = event.url.searchParams.get('show') === 'archived';
  const { data } = await request(callerOf(event), Classes, { archived });
  const organisations = (data.me?.memberships ?? []).filter((m) => m.role === 'teacher');
  return { classes: data.classes, archived, organisations };
};

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const values = { name: field(form, 'name'), term: field(form, 'term'), grade: field(form, 'grade') };
    let id: string;
    try {
      const { data } = await request(callerOf(event), CreateClass, {
        input: { ...values, grade: values.grade || null, organisationId: field(form, 'organisationId') },
      });
      id = data.createClass.id;
    } catch (error) {
      return formFailure(error, values);
    }
    redirect(303, `/classes/${id}`);
  },
};
