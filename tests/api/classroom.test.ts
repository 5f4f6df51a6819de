import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { COMMIT, enrol, launch, makeLearner, SEEDED_COURSE } from '../support/learner.js';
import { LOGIN } from '../support/packages.js';
import { DEMO_TOTP_SECRET, logInWithSecondFactor } from '../support/second-factor.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { LOGIN_MAX_FAILURES: '3' } });
});
afterAll(() => stack?.stop());

const CREATE = `mutation($input: NewClassInput!) { createClass(input: $input) { id signInCode joinCode joinable } }`;
const ADD = `mutation($c: ID!, $names: [String!]!) { addStudentsByName(classId: $c, names: $names) { studentId displayName signInCode } }`;
const SIGN_IN = `mutation($cc: String!, $pc: String!) { classSignIn(classCode: $cc, personalCode: $pc) { viewer { id email displayName } } }`;
const JOIN = `mutation($code: String!) { joinClass(code: $code) }`;
const JOIN_CODE = `mutation($c: ID!, $a: JoinCodeAction!, $e: DateTime) { changeJoinCode(classId: $c, action: $a, expiresAt: $e) { joinCode joinOpen joinable } }`;
const ASSIGN = `mutation($c: ID!, $course: ID!, $input: AssignmentInput) { assignCourse(classId: $c, courseId: $course, input: $input) { id dueAt courseTitle } }`;
const MY_ASSIGNMENTS = `{ myAssignments { assignmentId enrolmentId className dueAt } }`;
const ROSTER = `query($id: ID!) { class(id: $id) { students { id displayName progress { status completedUnits totalUnits } } } }`;
const ME = `{ me { id } }`;

/** A demo account's client, logged in (staff roles give the demo authenticator code, as the seed enrolled them). */
async function demoClient(stack: Stack, who: 'teacher' | 'partner' | 'trainer') {
  const client = new ApiClient(stack.apiUrl, `10.9.0.${who.length}`);
  const email = `${who}@demo.kinship.test`;
  if (who === 'teacher') await client.ok(LOGIN, { input: { email, password: 'kinship-demo-password' } });
  else await logInWithSecondFactor(client, email, 'kinship-demo-password', DEMO_TOTP_SECRET);
  return client;
}

/** A new account given a teacher membership in an organisation, logged in afresh so its session sees it. */
async function teacherOf(slug: string, address: string) {
  const person = await makeLearner(stack.apiUrl, { address });
  await stack.db.query(
    `insert into membership (id, user_id, organisation_id, role, created_at) values (gen_random_uuid(), $1, $2, 'teacher', now())`,
    [person.userId, await orgId(slug)],
  );
  const client = new ApiClient(stack.apiUrl, address);
  await client.ok(LOGIN, { input: { email: person.email, password: person.password } });
  return client;
}

const orgId = async (slug: string) =>
  (await stack.db.query<{ id: string }>('select id from organisation where slug = $1', [slug])).rows[0]!.id;
const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.reason ?? r.errors?.[0]?.extensions?.code;

async function newClass(teacher: ApiClient, name = 'Social Studies 9') {
  const data = await teacher.ok<{ createClass: { id: string; signInCode: string; joinCode: string } }>(CREATE, {
    input: { organisationId: await orgId('riverside-school'), name, term: '2026–2027', grade: '9' },
  });
  return data.createClass;
}

describe('students without e-mail', () => {
  it('sign in with the class code and a personal code; only a hash is stored; a reset stops the old card and its sessions', async () => {
    const teacher = await demoClient(stack, 'teacher');
    const c = await newClass(teacher);
    const {
      addStudentsByName: [maya],
    } = await teacher.ok<{ addStudentsByName: { studentId: string; signInCode: string }[] }>(ADD, {
      c: c.id,
      names: ['Maya K.', ''],
    });
    const { rows } = await stack.db.query<{ email: string | null; password_hash: string | null; sign_in_code_hash: string; row: string }>(
      'select email, password_hash, sign_in_code_hash, row_to_json(u)::text as row from app_user u where id = $1',
      [maya!.studentId],
    );
    expect(rows[0]!.email).toBeNull();
    expect(rows[0]!.password_hash).toBeNull();
    expect(rows[0]!.sign_in_code_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.row).not.toContain(maya!.signInCode.replace('-', ''));

    const device = new ApiClient(stack.apiUrl, '10.0.0.5');
    const signedIn = await device.ok<{ classSignIn: { viewer: { email: string | null; displayName: string } } }>(SIGN_IN, {
      cc: c.signInCode.toLowerCase(),
      pc: maya!.signInCode,
    });
    expect(signedIn.classSignIn.viewer).toMatchObject({ email: null, displayName: 'Maya K.' });

    const reset = await teacher.ok<{ resetStudentSignInCode: { signInCode: string } }>(
      `mutation($c: ID!, $s: ID!) { resetStudentSignInCode(classId: $c, studentId: $s) { signInCode } }`,
      { c: c.id, s: maya!.studentId },
    );
    expect((await device.ok<{ me: unknown }>(ME)).me).toBeNull();
    const old = await new ApiClient(stack.apiUrl, '10.0.0.6').gql(SIGN_IN, { cc: c.signInCode, pc: maya!.signInCode });
    expect(reasonOf(old)).toBe('CLASS_SIGN_IN_WRONG');
    await new ApiClient(stack.apiUrl, '10.0.0.6').ok(SIGN_IN, { cc: c.signInCode, pc: reset.resetStudentSignInCode.signInCode });
  });

  it('holds back guessing of personal codes, per class and address', async () => {
    const teacher = await demoClient(stack, 'teacher');
    const c = await newClass(teacher);
    const [noah] = (await teacher.ok<{ addStudentsByName: { signInCode: string }[] }>(ADD, { c: c.id, names: ['Noah R.'] }))
      .addStudentsByName;
    const guesser = new ApiClient(stack.apiUrl, '10.0.1.1');
    for (let i = 0; i < 3; i++)
      expect(reasonOf(await guesser.gql(SIGN_IN, { cc: c.signInCode, pc: `ZZZZ-ZZZ${i}` }))).toBe('CLASS_SIGN_IN_WRONG');
    const blocked = await guesser.gql(SIGN_IN, { cc: c.signInCode, pc: noah!.signInCode });
    expect(reasonOf(blocked)).toBe('TOO_MANY_CODE_GUESSES');
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    await new ApiClient(stack.apiUrl, '10.0.1.2').ok(SIGN_IN, { cc: c.signInCode, pc: noah!.signInCode });
  });
});

describe('join codes', () => {
  it('join while open; wrong, reset, turned-off and expired codes are refused with their reason', async () => {
    const teacher = await demoClient(stack, 'teacher');
    const c = await newClass(teacher);
    const learner = await makeLearner(stack.apiUrl, { address: '10.0.2.1' });
    expect(reasonOf(await learner.client.gql(JOIN, { code: 'ABCD-EFGH' }))).toBe('JOIN_CODE_UNKNOWN');
    expect(await learner.client.ok(JOIN, { code: c.joinCode.toLowerCase() })).toEqual({ joinClass: c.id });

    const other = await makeLearner(stack.apiUrl, { address: '10.0.2.2' });
    const reset = await teacher.ok<{ changeJoinCode: { joinCode: string } }>(JOIN_CODE, { c: c.id, a: 'reset' });
    expect(reasonOf(await other.client.gql(JOIN, { code: c.joinCode }))).toBe('JOIN_CODE_UNKNOWN');
    await teacher.ok(JOIN_CODE, { c: c.id, a: 'close' });
    expect(reasonOf(await other.client.gql(JOIN, { code: reset.changeJoinCode.joinCode }))).toBe('JOIN_CODE_CLOSED');
    const past = await teacher.gql(JOIN_CODE, { c: c.id, a: 'open', e: new Date(Date.now() - 60_000).toISOString() });
    expect(reasonOf(past)).toBe('JOIN_EXPIRY_IN_PAST');
    await teacher.ok(JOIN_CODE, { c: c.id, a: 'open', e: new Date(Date.now() + 3_600_000).toISOString() });
    await stack.db.query(`update classroom set join_code_expires_at = now() - interval '1 minute' where id = $1`, [c.id]);
    expect(reasonOf(await other.client.gql(JOIN, { code: reset.changeJoinCode.joinCode }))).toBe('JOIN_CODE_EXPIRED');
    const { rows } = await stack.db.query<{ n: number }>('select count(*)::int as n from classroom_student where classroom_id = $1', [
      c.id,
    ]);
    expect(rows[0]!.n).toBe(1);
  });

  it('stops a learner guessing codes in a loop, storing nothing', async () => {
    const guesser = await makeLearner(stack.apiUrl, { address: '10.0.3.1' });
    const reasons = [];
    for (let i = 0; i < 7; i++) reasons.push(reasonOf(await guesser.client.gql(JOIN, { code: `GUES-S00${i}` })));
    expect(reasons.slice(0, 6).every((r) => r === 'JOIN_CODE_UNKNOWN')).toBe(true);
    expect(reasons[6]).toBe('TOO_MANY_CODE_GUESSES');
    const { rows } = await stack.db.query<{ n: number }>('select count(*)::int as n from classroom_student where user_id = $1', [
      guesser.userId,
    ]);
    expect(rows[0]!.n).toBe(0);
  });
});

describe('assignments', () => {
  it('enrol the class and later joiners; the teacher sees the learner’s own progress; withdrawing keeps it', async () => {
    const teacher = await demoClient(stack, 'teacher');
    const c = await newClass(teacher);
    const early = await makeLearner(stack.apiUrl, { address: '10.0.4.1' });
    await early.client.ok(JOIN, { code: c.joinCode });
    const due = '2027-01-15T23:59:59.000Z';
    const { assignCourse } = await teacher.ok<{ assignCourse: { id: string } }>(ASSIGN, {
      c: c.id,
      course: SEEDED_COURSE,
      input: { dueAt: due, note: 'Start with this one.' },
    });
    const late = await makeLearner(stack.apiUrl, { address: '10.0.4.2' });
    await late.client.ok(JOIN, { code: c.joinCode });
    for (const who of [early, late]) {
      const { myAssignments } = await who.client.ok<{ myAssignments: { enrolmentId: string; className: string; dueAt: string }[] }>(
        MY_ASSIGNMENTS,
      );
      expect(myAssignments).toEqual([expect.objectContaining({ className: 'Social Studies 9', dueAt: due })]);
      expect(myAssignments[0]!.enrolmentId).toBeTruthy();
    }

    const { enrolmentId, unitIds } = await enrol(late.client);
    const attempt = await launch(late.client, enrolmentId, unitIds[0]!);
    await late.client.ok(COMMIT, {
      input: {
        attemptId: attempt.id,
        seq: attempt.seq + 1,
        sessionId: 's',
        values: [{ element: 'cmi.completion_status', value: 'completed' }],
      },
    });
    const own = await late.client.ok<{ enrolment: { completedUnits: number; totalUnits: number } }>(
      `query($id: ID!) { enrolment(id: $id) { completedUnits totalUnits } }`,
      { id: enrolmentId },
    );
    const roster = await teacher.ok<{
      class: { students: { id: string; progress: { status: string; completedUnits: number; totalUnits: number }[] }[] };
    }>(ROSTER, { id: c.id });
    const seen = roster.class.students.find((s) => s.id === late.userId)!.progress[0]!;
    expect(seen).toEqual({ status: 'in_progress', completedUnits: own.enrolment.completedUnits, totalUnits: own.enrolment.totalUnits });
    expect(roster.class.students.find((s) => s.id === early.userId)!.progress[0]!.status).toBe('not_started');

    await teacher.ok(`mutation($a: ID!) { withdrawAssignment(assignmentId: $a) }`, { a: assignCourse.id });
    expect((await late.client.ok<{ myAssignments: unknown[] }>(MY_ASSIGNMENTS)).myAssignments).toEqual([]);
    const kept = await late.client.ok<{ enrolment: { completedUnits: number } }>(
      `query($id: ID!) { enrolment(id: $id) { completedUnits } }`,
      { id: enrolmentId },
    );
    expect(kept.enrolment.completedUnits).toBe(own.enrolment.completedUnits);
  });
});

describe('archive', () => {
  it('hides the class from students, makes it read-only, and restores with nothing lost', async () => {
    const teacher = await demoClient(stack, 'teacher');
    const c = await newClass(teacher, 'Archive me');
    const learner = await makeLearner(stack.apiUrl, { address: '10.0.5.1' });
    await learner.client.ok(JOIN, { code: c.joinCode });
    await teacher.ok(`mutation($c: ID!) { archiveClass(classId: $c, archived: true) { archivedAt } }`, { c: c.id });
    expect((await learner.client.ok<{ myClasses: unknown[] }>(`{ myClasses { id } }`)).myClasses).toEqual([]);
    expect(reasonOf(await teacher.gql(ADD, { c: c.id, names: ['Late K.'] }))).toBe('CLASS_ARCHIVED');
    const archived = await teacher.ok<{ classes: { id: string }[] }>(`{ classes(archived: true) { id } }`);
    expect(archived.classes.map((x) => x.id)).toContain(c.id);
    await teacher.ok(`mutation($c: ID!) { archiveClass(classId: $c, archived: false) { archivedAt } }`, { c: c.id });
    expect((await learner.client.ok<{ myClasses: { id: string }[] }>(`{ myClasses { id } }`)).myClasses.map((x) => x.id)).toEqual([c.id]);
  });
});

describe('who may do what with a class', () => {
  it('only its teachers run it, its organisation’s partner admin reads it, everyone else finds nothing', async () => {
    const teacher = await demoClient(stack, 'teacher');
    const c = await newClass(teacher, 'Matrix');
    const [student] = (
      await teacher.ok<{ addStudentsByName: { studentId: string; signInCode: string }[] }>(ADD, { c: c.id, names: ['Ada L.'] })
    ).addStudentsByName;
    const { assignCourse } = await teacher.ok<{ assignCourse: { id: string } }>(ASSIGN, { c: c.id, course: SEEDED_COURSE });
    const studentClient = new ApiClient(stack.apiUrl, '10.0.6.1');
    await studentClient.ok(SIGN_IN, { cc: c.signInCode, pc: student!.signInCode });

    const callers = {
      'a teacher of the other organisation': await teacherOf('community', '10.0.6.4'),
      'another teacher of the same school': await teacherOf('riverside-school', '10.0.6.2'),
      'a learner': (await makeLearner(stack.apiUrl, { address: '10.0.6.3' })).client,
      'a student of the class': studentClient,
      'the partner admin of the school': await demoClient(stack, 'partner'),
      'a trainer': await demoClient(stack, 'trainer'),
    };
    const reads: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { class(id: $id) { id } }`, { id: c.id }],
      [ROSTER, { id: c.id }],
    ];
    const writes: [string, Record<string, unknown>][] = [
      [`mutation($c: ID!) { updateClass(classId: $c, input: { name: "X", term: "Y" }) { id } }`, { c: c.id }],
      [`mutation($c: ID!) { archiveClass(classId: $c, archived: true) { id } }`, { c: c.id }],
      [`mutation($c: ID!) { addCoTeacher(classId: $c, email: "teacher@demo.kinship.test") { id } }`, { c: c.id }],
      [`mutation($c: ID!, $t: ID!) { removeCoTeacher(classId: $c, teacherId: $t) { id } }`, { c: c.id, t: student!.studentId }],
      [JOIN_CODE, { c: c.id, a: 'reset' }],
      [ADD, { c: c.id, names: ['Intruder'] }],
      [
        `mutation($c: ID!, $s: ID!) { resetStudentSignInCode(classId: $c, studentId: $s) { signInCode } }`,
        { c: c.id, s: student!.studentId },
      ],
      [`mutation($c: ID!, $s: ID!) { renameStudent(classId: $c, studentId: $s, displayName: "Z") }`, { c: c.id, s: student!.studentId }],
      [`mutation($c: ID!, $s: ID!) { removeStudent(classId: $c, studentId: $s) }`, { c: c.id, s: student!.studentId }],
      [ASSIGN, { c: c.id, course: 'anti-racism-foundations' }],
      [`mutation($a: ID!) { updateAssignment(assignmentId: $a, input: { note: "x" }) { id } }`, { a: assignCourse.id }],
      [`mutation($a: ID!) { withdrawAssignment(assignmentId: $a) }`, { a: assignCourse.id }],
    ];
    for (const [who, client] of Object.entries(callers)) {
      for (const [query, variables] of reads) {
        const r = await client.gql(query, variables);
        if (who === 'the partner admin of the school') expect(r.errors, `${who}: ${query}`).toBeUndefined();
        else expect(r.errors?.[0]?.extensions?.code, `${who}: ${query}`).toBe('NOT_FOUND');
      }
      for (const [query, variables] of writes)
        expect((await client.gql(query, variables)).errors?.[0]?.extensions?.code, `${who}: ${query}`).toBe('NOT_FOUND');
      const listed = await client.ok<{ classes: { id: string }[] }>(`{ classes { id } }`);
      expect(
        listed.classes.some((x) => x.id === c.id),
        who,
      ).toBe(who === 'the partner admin of the school');
    }
    const created = await callers['a learner'].gql(CREATE, {
      input: { organisationId: await orgId('riverside-school'), name: 'Mine', term: 'T' },
    });
    expect(reasonOf(created)).toBe('CLASS_ORGANISATION_NOT_YOURS');
    const elsewhere = await callers['a teacher of the other organisation'].gql(CREATE, {
      input: { organisationId: await orgId('riverside-school'), name: 'Mine', term: 'T' },
    });
    expect(reasonOf(elsewhere)).toBe('CLASS_ORGANISATION_NOT_YOURS');

    const anonymous = new ApiClient(stack.apiUrl);
    for (const [query, variables] of [...reads, ...writes, [MY_ASSIGNMENTS, {}], [JOIN, { code: c.joinCode }]] as [
      string,
      Record<string, unknown>,
    ][])
      expect((await anonymous.gql(query, variables)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const students = await stack.db.query<{ display_name: string }>(
      'select u.display_name from classroom_student s join app_user u on u.id = s.user_id where classroom_id = $1',
      [c.id],
    );
    expect(students.rows.map((r) => r.display_name)).toEqual(['Ada L.']);
    const { rows } = await stack.db.query<{ name: string }>('select name, archived_at, join_code from classroom where id = $1', [c.id]);
    expect(rows[0]).toMatchObject({ name: 'Matrix', archived_at: null, join_code: c.joinCode.replace('-', '') });
    expect((await studentClient.ok<{ myClasses: { id: string }[] }>(`{ myClasses { id } }`)).myClasses.map((x) => x.id)).toEqual([c.id]);
  });
});
