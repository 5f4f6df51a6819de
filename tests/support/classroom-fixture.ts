import { randomBytes, randomUUID } from 'node:crypto';
import { ApiClient } from './graphql-client.js';
import { LOGIN } from './packages.js';
import { makeLearner } from './learner.js';
import { DEMO_TOTP_SECRET, logInWithSecondFactor } from './second-factor.js';
import type { Stack } from './stack.js';

/** A demo account's client, logged in. */
export async function demoClient(stack: Stack, who: 'teacher' | 'learner' | 'student' | 'partner' | 'trainer' | 'admin') {
  const client = new ApiClient(stack.apiUrl);
  const email = `${who}@demo.kinship.test`;
  // Staff roles (partner admin, trainer, admin) count only in a session that gave the second factor.
  if (who === 'partner' || who === 'trainer' || who === 'admin')
    await logInWithSecondFactor(client, email, 'kinship-demo-password', DEMO_TOTP_SECRET);
  else await client.ok(LOGIN, { input: { email, password: 'kinship-demo-password' } });
  return client;
}

const code = () =>
  randomBytes(8)
    .toString('hex')
    .toUpperCase()
    .replace(/[^0-9A-HJKMNP-TV-Z]/g, '7')
    .slice(0, 8);

/**
 * A class of the demo teacher's school, written straight into the stack's database, so that the
 * roster, cards and progress tests stand on their own whatever the class pages do.
 */
export async function makeClassroom(stack: Stack, options: { teacherEmail?: string; organisationSlug?: string; name?: string } = {}) {
  const id = randomUUID();
  const { rows } = await stack.db.query<{ id: string }>('select id from organisation where slug = $1', [
    options.organisationSlug ?? 'riverside-school',
  ]);
  await stack.db.query(
    `insert into classroom (id, organisation_id, name, term, sign_in_code, join_code, created_at) values ($1, $2, $3, '2026–2027', $4, $5, now())`,
    [id, rows[0]!.id, options.name ?? 'Social Studies 9', code().slice(0, 6), code()],
  );
  await stack.db.query(
    `insert into classroom_teacher (classroom_id, user_id, added_at) select $1, id, now() from app_user where email = $2`,
    [id, options.teacherEmail ?? 'teacher@demo.kinship.test'],
  );
  return id;
}

/** Assigns a course to the class (as the assignment pages would), with a due date. */
export async function assignCourse(stack: Stack, classroomId: string, courseId: string, dueAt: Date | null = null) {
  await stack.db.query(`insert into assignment (id, classroom_id, course_id, due_at, assigned_at) values ($1, $2, $3, $4, now())`, [
    randomUUID(),
    classroomId,
    courseId,
    dueAt,
  ]);
}

/** A teacher of the other demo organisation (Community Learning), made for the test and logged in. */
export async function otherOrganisationTeacher(stack: Stack): Promise<ApiClient> {
  const learner = await makeLearner(stack.apiUrl);
  await stack.db.query(
    `insert into membership (id, user_id, organisation_id, role, created_at)
     select gen_random_uuid(), $1, id, 'teacher', now() from organisation where slug = 'community'`,
    [learner.userId],
  );
  // A fresh session, so that no cached viewer misses the new membership.
  const client = new ApiClient(stack.apiUrl);
  await client.ok(LOGIN, { input: { email: learner.email, password: learner.password } });
  return client;
}
