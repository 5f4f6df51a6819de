import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../account/membership.entity.js';
import { Organisation } from '../account/organisation.entity.js';
import { hashPassword } from '../account/password.js';
import { User } from '../account/user.entity.js';
import { AssignmentEnrolments } from '../classroom/assignment-enrolments.js';
import { Assignment } from '../classroom/assignment.entity.js';
import { signInKeyOf } from '../classroom/class-codes.js';
import { ClassroomStudent } from '../classroom/classroom-student.entity.js';
import { ClassroomTeacher } from '../classroom/classroom-teacher.entity.js';
import { Classroom } from '../classroom/classroom.entity.js';
import { CourseVersion } from '../course/course-version.entity.js';

/**
 * The demo class of the demo teacher, with fixed codes so that `npm start` can print them and the
 * README can name them. Demo values only, like the demo password: a real class gets random codes, and
 * even here only the hashes of the personal codes are stored.
 */
export const DEMO_CLASS = {
  name: 'Grade 9 Social Studies (demo)',
  term: '2026–2027',
  grade: '9',
  signInCode: 'RVSD26',
  joinCode: 'JN2026RV',
  courseId: 'getting-started',
  students: [
    { displayName: 'Maya K.', signInCode: 'MAYA2026' },
    { displayName: 'Noah R.', signInCode: 'N0AH2026' },
  ],
} as const;

const DUE_IN_DAYS = 14;

/** Makes the demo class once (after the courses are published); running it again changes nothing. */
export async function seedDemoClassroom(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    if (await tx.findOne(Classroom, { signInCode: DEMO_CLASS.signInCode })) return;
    const school = await tx.findOneOrFail(Organisation, { slug: 'riverside-school' });
    const teacher = await tx.findOneOrFail(User, { email: 'teacher@demo.kinship.test' });
    const student = await tx.findOneOrFail(User, { email: 'student@demo.kinship.test' });
    const { name, term, grade, signInCode, joinCode } = DEMO_CLASS;
    const classroom = tx.create(Classroom, { organisation: school, name, term, grade, signInCode, joinCode });
    tx.create(ClassroomTeacher, { classroom, user: teacher });
    tx.create(ClassroomStudent, { classroom, user: student, source: 'teacher' });
    for (const demo of DEMO_CLASS.students) {
      const user = tx.create(User, {
        email: null,
        displayName: demo.displayName,
        signInKey: signInKeyOf(demo.signInCode),
        signInCodeHash: await hashPassword(demo.signInCode),
      });
      tx.create(Membership, { user, organisation: school, role: 'learner' });
      tx.create(ClassroomStudent, { classroom, user, source: 'teacher' });
    }
    if (!(await tx.count(CourseVersion, { course: DEMO_CLASS.courseId }))) return;
    const dueAt = new Date(Date.now() + DUE_IN_DAYS * 86_400_000);
    const assignment = tx.create(Assignment, { classroom, course: DEMO_CLASS.courseId, dueAt, assignedBy: teacher });
    await tx.flush();
    await new AssignmentEnrolments().enrolAssignment(tx, assignment.id);
  });
}
