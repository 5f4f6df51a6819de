import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/index.ts';
import type { JoinCodeAction } from '#lib/graphql/generated/graphql.ts';
import { ApiError, request } from '#lib/server/api.ts';
import { formFailure } from '#lib/server/form-error.ts';
import { field } from '#lib/server/form-fields.ts';
import { callerOf } from '#lib/server/session.ts';
import { dueDate, expiryFromHours } from './dates.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const ClassPage = graphql(`
  query ClassPage($id: ID!, $locale: String!) {
    class(id: $id) {
      id
      name
      term
      grade
      organisationName
      archivedAt
      canManage
      signInCode
      joinCode
      joinUrl
      joinOpen
      joinable
      joinCodeExpiresAt
      joinQrSvg
      teachers {
        id
        displayName
      }
      assignments(locale: $locale) {
        id
        courseId
        courseTitle
        dueAt
        note
        overdue
      }
      students(locale: $locale) {
        id
        displayName
        usesClassSignIn
        source
        progress {
          assignmentId
          status
          completedUnits
          totalUnits
        }
      }
    }
    catalogue(locale: $locale) {
      id
      title
    }
  }
`);

const UpdateClass = graphql(`
  mutation UpdateClass($classId: ID!, $input: ClassDetailsInput!) {
    updateClass(classId: $classId, input: $input) {
      id
    }
  }
`);
const ArchiveClass = graphql(`
  mutation ArchiveClass($classId: ID!, $archived: Boolean!) {
    archiveClass(classId: $classId, archived: $archived) {
      id
    }
  }
`);
const ChangeJoinCode = graphql(`
  mutation ChangeJoinCode($classId: ID!, $action: JoinCodeAction!, $expiresAt: DateTime) {
    changeJoinCode(classId: $classId, action: $action, expiresAt: $expiresAt) {
      id
    }
  }
`);
const AddCoTeacher = graphql(`
  mutation AddCoTeacher($classId: ID!, $email: String!) {
    addCoTeacher(classId: $classId, email: $email) {
      id
    }
  }
`);
const RemoveCoTeacher = graphql(`
  mutation RemoveCoTeacher($classId: ID!, $teacherId: ID!) {
    removeCoTeacher(classId: $classId, teacherId: $teacherId) {
      id
    }
  }
`);
const AddStudents = graphql(`
  mutation AddStudentsByName($classId: ID!, $names: [String!]!) {
    addStudentsByName(classId: $classId, names: $names) {
      studentId
      displayName
      signInCode
    }
  }
`);
const ResetCode = graphql(`
  mutation ResetStudentSignInCode($classId: ID!, $studentId: ID!) {
    resetStudentSignInCode(classId: $classId, studentId: $studentId) {
      studentId
      displayName
      signInCode
    }
  }
`);
const RemoveStudent = graphql(`
  mutation RemoveStudent($classId: ID!, $studentId: ID!) {
    removeStudent(classId: $classId, studentId: $studentId)
  }
`);
const RenameStudent = graphql(`
  mutation RenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {
    renameStudent(classId: $classId, studentId: $studentId, displayName: $displayName)
  }
`);
const AssignCourse = graphql(`
  mutation AssignCourse($classId: ID!, $courseId: ID!, $input: AssignmentInput) {
    assignCourse(classId: $classId, courseId: $courseId, input: $input) {
      id
    }
  }
`);
const UpdateAssignment = graphql(`
  mutation UpdateAssignment($assignmentId: ID!, $input: AssignmentInput!) {
    updateAssignment(assignmentId: $assignmentId, input: $input) {
      id
    }
  }
`);
const WithdrawAssignment = graphql(`
  mutation WithdrawAssignment($assignmentId: ID!) {
    withdrawAssignment(assignmentId: $assignmentId)
  }
`);

const JOIN_ACTIONS: JoinCodeAction[] = ['reset', 'open', 'close'];

export const load: PageServerLoad = async (event) => {
  try {
    const { data } = await request(callerOf(event), ClassPage, { id: event.params.classId, locale: event.locals.locale });
    return { class: data.class, courses: data.catalogue };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') error(404, 'Not found');
    throw e;
  }
};

/** Runs one mutation for a form; an api refusal comes back as a translated message, naming the form. */
async function act(event: RequestEvent, which: string, run: (form: FormData, classId: string) => Promise<unknown>) {
  const form = await event.request.formData();
  try {
    const result = await run(form, event.params.classId);
    return { which, done: true, ...(result && typeof result === 'object' ? result : {}) };
  } catch (e) {
    return formFailure(e, { which });
  }
}

export const actions: Actions = {
  update: (event) =>
    act(event, 'details', (form, classId) =>
      request(callerOf(event), UpdateClass, {
        classId,
        input: { name: field(form, 'name'), term: field(form, 'term'), grade: field(form, 'grade') || null },
      }),
    ),
  archive: (event) =>
    act(event, 'archive', (form, classId) =>
      request(callerOf(event), ArchiveClass, { classId, archived: field(form, 'archived') === 'true' }),
    ),
  joinCode: (event) =>
    act(event, 'join', (form, classId) => {
      const action = field(form, 'action') as JoinCodeAction;
      if (!JOIN_ACTIONS.includes(action)) throw new ApiError('BAD_USER_INPUT', 'unknown action', 400);
      return request(callerOf(event), ChangeJoinCode, { classId, action, expiresAt: expiryFromHours(field(form, 'hours')) });
    }),
  addTeacher: (event) =>
    act(event, 'teachers', (form, classId) => request(callerOf(event), AddCoTeacher, { classId, email: field(form, 'email') })),
  removeTeacher: (event) =>
    act(event, 'teachers', (form, classId) => request(callerOf(event), RemoveCoTeacher, { classId, teacherId: field(form, 'teacherId') })),
  addStudents: (event) =>
    act(event, 'students', async (form, classId) => {
      const names = field(form, 'names').split(/\r?\n/);
      const { data } = await request(callerOf(event), AddStudents, { classId, names });
      return { issued: data.addStudentsByName };
    }),
  resetCode: (event) =>
    act(event, 'students', async (form, classId) => {
      const { data } = await request(callerOf(event), ResetCode, { classId, studentId: field(form, 'studentId') });
      return { issued: [data.resetStudentSignInCode] };
    }),
  renameStudent: (event) =>
    act(event, 'students', (form, classId) =>
      request(callerOf(event), RenameStudent, { classId, studentId: field(form, 'studentId'), displayName: field(form, 'displayName') }),
    ),
  removeStudent: (event) =>
    act(event, 'students', (form, classId) => request(callerOf(event), RemoveStudent, { classId, studentId: field(form, 'studentId') })),
  assign: (event) =>
    act(event, 'assign', (form, classId) =>
      request(callerOf(event), AssignCourse, {
        classId,
        courseId: field(form, 'courseId'),
        input: { dueAt: dueDate(field(form, 'dueDate')), note: field(form, 'note') || null },
      }),
    ),
  updateAssignment: (event) =>
    act(event, 'assignments', (form) =>
      request(callerOf(event), UpdateAssignment, {
        assignmentId: field(form, 'assignmentId'),
        input: { dueAt: dueDate(field(form, 'dueDate')), note: field(form, 'note') || null },
      }),
    ),
  withdraw: (event) =>
    act(event, 'assignments', (form) => request(callerOf(event), WithdrawAssignment, { assignmentId: field(form, 'assignmentId') })),
};
