import { randomUUID } from 'node:crypto';
import { ApiClient } from './graphql-client.js';
import { makeClassroom, assignCourse } from './classroom-fixture.js';
import { COMMIT, enrol, completeCourse, launch, makeLearner } from './learner.js';
import { LOGIN } from './packages.js';
import { DEMO_TOTP_SECRET, logInWithSecondFactor } from './second-factor.js';
import type { Stack } from './stack.js';

/** The id of a demo organisation by its slug. */
export async function organisationId(stack: Stack, slug: 'riverside-school' | 'community'): Promise<string> {
  const { rows } = await stack.db.query<{ id: string }>('select id from organisation where slug = $1', [slug]);
  return rows[0]!.id;
}

/** A new account holding a role in a demo organisation, logged in afresh (staff roles with the demo second factor). */
export async function memberOf(
  stack: Stack,
  slug: 'riverside-school' | 'community',
  role: 'learner' | 'teacher' | 'partner_admin',
  displayName?: string,
) {
  const learner = await makeLearner(stack.apiUrl, { displayName });
  await stack.db.query(`insert into membership (id, user_id, organisation_id, role, created_at) values ($1, $2, $3, $4, now())`, [
    randomUUID(),
    learner.userId,
    await organisationId(stack, slug),
    role,
  ]);
  const client = new ApiClient(stack.apiUrl);
  if (role === 'partner_admin') {
    await stack.db.query(`insert into mfa_totp (id, user_id, secret, confirmed_at, created_at) values ($1, $2, $3, now(), now())`, [
      randomUUID(),
      learner.userId,
      DEMO_TOTP_SECRET,
    ]);
    await logInWithSecondFactor(client, learner.email, learner.password, DEMO_TOTP_SECRET);
  } else await client.ok(LOGIN, { input: { email: learner.email, password: learner.password } });
  return { ...learner, client };
}

/**
 * An organisation's worth of report data: a class (its teacher made here) with `test-practice` due
 * yesterday, a student who read the first lesson through it (2 minutes), and a member who took
 * `getting-started` on their own and completed it. Names are the caller's (formula-like, right-to-left, commas),
 * and so is the student's number in the roster, if any.
 */
export async function organisationWithProgress(
  stack: Stack,
  slug: 'riverside-school' | 'community',
  names: { student: string; self: string; className: string; studentNumber?: string },
) {
  const teacher = await memberOf(stack, slug, 'teacher', `Teacher of ${names.className}`);
  const classroomId = await makeClassroom(stack, { organisationSlug: slug, teacherEmail: teacher.email, name: names.className });
  await assignCourse(stack, classroomId, 'test-practice', new Date(Date.now() - 86_400_000));
  const student = await makeLearner(stack.apiUrl, { displayName: names.student });
  const roster = `First name,Last name,Student number,Email\nX,Y,${names.studentNumber ?? ''},${student.email}\n`;
  const res = await teacher.client.postBytes(
    `/classrooms/${classroomId}/roster-imports?fileName=c.csv`,
    Buffer.from(roster),
    'application/octet-stream',
  );
  const { id } = (await res.json()) as { id: string };
  await teacher.client.ok(`mutation($id: ID!) { applyRosterImport(id: $id) { newStudentIds } }`, { id });
  const { rows } = await stack.db.query<{ id: string }>(`select id from enrolment where user_id = $1 and course_id = 'test-practice'`, [
    student.userId,
  ]);
  const lesson = await launch(student.client, rows[0]!.id, 'read-this');
  await student.client.ok(COMMIT, {
    input: {
      attemptId: lesson.id,
      seq: lesson.seq + 1,
      sessionId: 's',
      values: [
        { element: 'cmi.completion_status', value: 'completed' },
        { element: 'cmi.session_time', value: 'PT2M' },
      ],
    },
  });
  const self = await memberOf(stack, slug, 'learner', names.self);
  const own = await enrol(self.client, 'getting-started');
  await completeCourse(self.client, own.enrolmentId, own.unitIds);
  return { classroomId, teacher, student, self, studentEnrolmentId: rows[0]!.id, selfEnrolmentId: own.enrolmentId };
}
