import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignCourse, demoClient, makeClassroom, otherOrganisationTeacher } from '../support/classroom-fixture.js';
import type { ApiClient } from '../support/graphql-client.js';
import { COMMIT, launch, makeLearner } from '../support/learner.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let teacher: ApiClient;
beforeAll(async () => {
  stack = await startStack();
  teacher = await demoClient(stack, 'teacher');
});
afterAll(() => stack?.stop());

const GRID = `query($c: ID!, $q: ClassProgressQuery) { classProgress(classroomId: $c, query: $q) {
  className canManage courseId studentCount courses { courseId title dueAt } units { unitId type }
  rows { displayName lastActiveAt cells { id status scoreScaled completedUnits totalUnits seconds overdue } }
  missedQuestions { unitId questionId prompt missed answered } sharedReflections { unitId displayName text } } }`;
const SUBMIT = `mutation($input: SubmitCheckInput!) { submitCheck(input: $input) { passed } }`;
const REFLECT = `mutation($input: SaveReflectionInput!) { saveReflection(input: $input) { reflection { sharedWithTeacher } } }`;
const MINE = `query { myEnrolments { courseId completedUnits totalUnits successStatus } }`;

interface Grid {
  classProgress: {
    canManage: boolean;
    courseId: string | null;
    studentCount: number;
    courses: { courseId: string }[];
    units: { unitId: string }[];
    rows: {
      displayName: string;
      cells: {
        id: string;
        status: string;
        scoreScaled: number | null;
        completedUnits: number;
        totalUnits: number;
        seconds: number;
        overdue: boolean;
      }[];
    }[];
    missedQuestions: { questionId: string; prompt: string; missed: number; answered: number }[];
    sharedReflections: { unitId: string; displayName: string; text: string }[];
  };
}

/** A class with the practice course assigned (due yesterday), a learner with an account who did part of it, and a no-e-mail student. */
async function classWithProgress() {
  const classroomId = await makeClassroom(stack, { name: 'Progress class' });
  await assignCourse(stack, classroomId, 'test-practice', new Date(Date.now() - 86_400_000));
  const learner = await makeLearner(stack.apiUrl, { displayName: '=HYPERLINK("http://example.test","Ana")' });
  const roster = `First name,Last name,Email\nAna,Lima,${learner.email}\nBao,Chen,\n`;
  const res = await teacher.postBytes(
    `/classrooms/${classroomId}/roster-imports?fileName=c.csv`,
    Buffer.from(roster),
    'application/octet-stream',
  );
  const { id } = (await res.json()) as { id: string };
  await teacher.ok(`mutation($id: ID!) { applyRosterImport(id: $id) { newStudentIds } }`, { id });
  const { rows } = await stack.db.query<{ id: string }>(`select id from enrolment where user_id = $1 and course_id = 'test-practice'`, [
    learner.userId,
  ]);
  const enrolmentId = rows[0]!.id;
  const lesson = await launch(learner.client, enrolmentId, 'read-this');
  await learner.client.ok(COMMIT, {
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
  const check = await launch(learner.client, enrolmentId, 'quick-check');
  await learner.client.ok(SUBMIT, {
    input: {
      attemptId: check.id,
      seq: 1,
      sessionId: 's',
      answers: [
        { questionId: 'q1', optionIds: ['a'] },
        { questionId: 'q2', optionIds: ['a'] },
      ],
    },
  });
  const reflection = await launch(learner.client, enrolmentId, 'think-about-it');
  await learner.client.ok(REFLECT, {
    input: { attemptId: reflection.id, seq: 1, sessionId: 's', text: 'I will ask before I assume.', shareWithTeacher: true },
  });
  return { classroomId, learner };
}

describe('class progress', () => {
  it('shows each student × course from the learner’s own view, by unit, with missed questions and shared reflections', async () => {
    const { classroomId, learner } = await classWithProgress();
    const { classProgress: courses } = await teacher.ok<Grid>(GRID, { c: classroomId });
    expect(courses).toMatchObject({ canManage: true, courseId: null, studentCount: 2, courses: [{ courseId: 'test-practice' }] });
    const [ana, bao] = [courses.rows.find((r) => r.displayName.startsWith('=')), courses.rows.find((r) => r.displayName === 'Bao C.')];
    const own = (
      await learner.client.ok<{ myEnrolments: { courseId: string; completedUnits: number; totalUnits: number; successStatus: string }[] }>(
        MINE,
      )
    ).myEnrolments.find((e) => e.courseId === 'test-practice')!;
    // The teacher reads the learner's own view: lesson and reflection done, and the failed check is the course's result so far.
    expect(ana!.cells[0]).toMatchObject({
      status: 'failed',
      scoreScaled: 0.5,
      completedUnits: own.completedUnits,
      totalUnits: own.totalUnits,
      overdue: true,
    });
    expect([own.completedUnits, own.successStatus]).toEqual([2, 'failed']);
    expect(ana!.cells[0]!.seconds).toBeGreaterThanOrEqual(120);
    expect(bao!.cells[0]).toMatchObject({ status: 'not_started', completedUnits: 0, overdue: true });

    const { classProgress: units } = await teacher.ok<Grid>(GRID, { c: classroomId, q: { courseId: 'test-practice' } });
    expect(units.units.map((u) => u.unitId)).toEqual(['read-this', 'quick-check', 'think-about-it', 'what-would-you-do']);
    expect(units.rows.find((r) => r.displayName.startsWith('='))!.cells.map((c) => [c.id, c.status, c.scoreScaled])).toEqual([
      ['read-this', 'completed', null],
      ['quick-check', 'failed', 0.5],
      ['think-about-it', 'completed', null],
      ['what-would-you-do', 'not_started', null],
    ]);
    expect(units.missedQuestions).toEqual([{ questionId: 'q2', prompt: 'Pick A and C.', missed: 1, answered: 1, unitId: 'quick-check' }]);
    expect(units.sharedReflections).toEqual([
      { unitId: 'think-about-it', displayName: learner.displayName, text: 'I will ask before I assume.' },
    ]);

    const filtered = await teacher.ok<Grid>(GRID, { c: classroomId, q: { status: 'not_started', sort: 'name' } });
    expect(filtered.classProgress.rows.map((r) => r.displayName)).toEqual(['Bao C.']);
  });

  it('downloads the grid as CSV with formula-like names kept as text', async () => {
    const { classroomId } = await classWithProgress();
    const res = await teacher.get(`/classrooms/${classroomId}/progress.csv?sort=name`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(`"'=HYPERLINK(""http://example.test"",""Ana"")",Failed,50%,2/4,2,yes,`);
    expect(text).toContain('Bao C.,Not started,,0/4,0,yes');
    expect(text).not.toMatch(/(^|\n|,)=/);
  });

  it('is for the class teachers and, read only, its school’s partner admins; nobody else learns it exists', async () => {
    const classroomId = await makeClassroom(stack);
    const partner = await demoClient(stack, 'partner');
    expect((await partner.ok<Grid>(GRID, { c: classroomId })).classProgress.canManage).toBe(false);
    const outsiders = [
      await demoClient(stack, 'learner'),
      await demoClient(stack, 'student'),
      await demoClient(stack, 'trainer'),
      await otherOrganisationTeacher(stack),
    ];
    for (const client of outsiders) {
      expect((await client.gql(GRID, { c: classroomId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await client.get(`/classrooms/${classroomId}/progress.csv`)).status).toBe(404);
    }
  });
});
