import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { COMMIT, makeLearner } from '../support/learner.js';
import { importPackage, logInAsDemo } from '../support/packages.js';
import {
  forcedOrderPackage,
  pretestPackage,
  randomTestsPackage,
  remediationPackage,
  sequencedPackage,
  setsOwnResult,
} from '../support/sequencing-packages.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let trainer: ApiClient;
beforeAll(async () => {
  stack = await startStack({ worker: true });
  trainer = new ApiClient(stack.apiUrl);
  await logInAsDemo(trainer, 'trainer');
}, 60_000);
afterAll(() => stack?.stop());

const ENROL = `mutation($c: ID!) { enrol(courseId: $c) { id } }`;
const VIEW = `query($id: ID!) { enrolment(id: $id, locale: "en") { successStatus completedAt resumeUnitId certificate { id }
  units { unitId title available complete } } }`;
const LAUNCH = `mutation($e: ID!, $u: ID!) { launchUnit(enrolmentId: $e, unitId: $u) {
  attempt { id seq completionStatus successStatus }
  unit { blockedBy sequenced nextUnitId previousUnitId sco { launchUrl runtimeState { element value } } } } }`;
const NAVIGATE = `mutation($e: ID!, $r: String!, $t: ID) { navigateCourse(enrolmentId: $e, request: $r, targetUnitId: $t) {
  unitId sessionEnded refused courseCompleted } }`;

interface Unit {
  unitId: string;
  title: string;
  available: boolean;
  complete: boolean;
}
interface View {
  successStatus: string;
  completedAt: string | null;
  resumeUnitId: string | null;
  certificate: { id: string } | null;
  units: Unit[];
}
interface Launched {
  attempt: { id: string; seq: number; completionStatus: string; successStatus: string };
  unit: {
    blockedBy: string[];
    sequenced: boolean;
    nextUnitId: string | null;
    sco: { launchUrl: string; runtimeState: { element: string; value: string }[] } | null;
  };
}

async function enrolIn(zip: Buffer) {
  const { courseId, warnings } = await importPackage(trainer, zip);
  const learner = await makeLearner(stack.apiUrl);
  const { enrol } = await learner.client.ok<{ enrol: { id: string } }>(ENROL, { c: courseId });
  const client = learner.client;
  const view = async () => (await client.ok<{ enrolment: View }>(VIEW, { id: enrol.id })).enrolment;
  const unitId = async (title: string) => {
    const { rows } = await stack.db.query<{ content: { modules: { units: { id: string; locales: { en: { title: string } } }[] }[] } }>(
      'select v.content from enrolment e join course_version v on v.id = e.course_version_id where e.id = $1',
      [enrol.id],
    );
    return rows[0]!.content.modules.flatMap((m) => m.units).find((u) => u.locales.en.title === title)!.id;
  };
  const launch = async (title: string) =>
    (await client.ok<{ launchUnit: Launched }>(LAUNCH, { e: enrol.id, u: await unitId(title) })).launchUnit;
  let seq = 0;
  const commit = (attemptId: string, values: Record<string, string>) =>
    client.gql<{ commitAttempt: { applied: boolean; courseCompleted: boolean } }>(COMMIT, {
      input: {
        attemptId,
        seq: ++seq,
        sessionId: 'sco-sitting',
        values: Object.entries(values).map(([element, value]) => ({ element, value })),
      },
    });
  const navigate = async (request: string, title?: string) =>
    (
      await client.ok<{ navigateCourse: { unitId: string | null; sessionEnded: boolean; refused: boolean; courseCompleted: boolean } }>(
        NAVIGATE,
        {
          e: enrol.id,
          r: request,
          t: title ? await unitId(title) : null,
        },
      )
    ).navigateCourse;
  const titleOf = async (id: string | null) => (id ? (await view()).units.find((u) => u.unitId === id)?.title : null);
  return { enrolmentId: enrol.id, warnings, view, launch, commit, navigate, unitId, titleOf };
}

async function stored(enrolmentId: string) {
  const { rows } = await stack.db.query<{ state: string; delivered: string[] }>(
    'select state, delivered from sequencing_state where enrolment_id = $1',
    [enrolmentId],
  );
  return rows[0] ?? null;
}

async function certificates(enrolmentId: string) {
  const { rows } = await stack.db.query<{ n: number }>('select count(*)::int as n from certificate where enrolment_id = $1', [enrolmentId]);
  return rows[0]!.n;
}

const passed = { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.scaled': '0.9' };
const failed = { 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed', 'cmi.score.scaled': '0.3' };

describe('SCORM 2004 sequencing, decided on the server by scorm-again', () => {
  it('forced order by preconditions: the test cannot be opened, nor committed to, before the lesson', async () => {
    const course = await enrolIn(forcedOrderPackage());
    const before = await course.view();
    // The hidden facilitator notes are not in the table of contents.
    expect(before.units.map((u) => [u.title, u.available])).toEqual([
      ['The lesson', true],
      ['The test', false],
    ]);
    const early = await course.launch('The test');
    expect(early.unit.blockedBy).toEqual(['The lesson']);
    expect(early.unit.sco).toBeNull();
    // The test's attempt id is known to the client, but posting a pass to it changes nothing.
    const forged = await course.commit(early.attempt.id, passed);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'UNIT_LOCKED' });
    const { rows } = await stack.db.query('select success_status from attempt where id = $1', [early.attempt.id]);
    expect(rows[0]).toMatchObject({ success_status: 'unknown' });

    const lesson = await course.launch('The lesson');
    expect(lesson.unit.sco).not.toBeNull();
    await course.commit(lesson.attempt.id, { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
    expect((await course.view()).units.find((u) => u.title === 'The test')!.available).toBe(true);
    const test = await course.launch('The test');
    expect(test.unit.blockedBy).toEqual([]);
    expect((await stored(course.enrolmentId))!.delivered).toHaveLength(2);
  });

  it('a failed post-test is not a finished course: no certificate, the result shown, and a new attempt allowed', async () => {
    const course = await enrolIn(forcedOrderPackage('com.example.seq.forced-order-fail'));
    const lesson = await course.launch('The lesson');
    await course.commit(lesson.attempt.id, { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
    const test = await course.launch('The test');
    const first = await course.commit(test.attempt.id, failed);
    expect(first.data?.commitAttempt.courseCompleted).toBe(false);
    let view = await course.view();
    expect(view).toMatchObject({ successStatus: 'failed', completedAt: null, certificate: null });
    // How to try again: the course page resumes at the test.
    expect(await course.titleOf(view.resumeUnitId)).toBe('The test');
    expect(await certificates(course.enrolmentId)).toBe(0);

    // Leaving the test and opening it again is a new attempt: it starts without the failed result.
    await course.launch('The lesson');
    const again = await course.launch('The test');
    expect(again.attempt).toMatchObject({ completionStatus: 'not attempted', successStatus: 'unknown' });
    // The SCO is told it starts afresh.
    expect(again.unit.sco!.runtimeState).toContainEqual({ element: 'cmi.entry', value: 'ab-initio' });
    const second = await course.commit(again.attempt.id, passed);
    expect(second.data?.commitAttempt.courseCompleted).toBe(true);
    view = await course.view();
    expect(view.successStatus).toBe('passed');
    expect(view.completedAt).not.toBeNull();
  });

  it('a pre-test passed skips the content: continue goes straight to the post-test', async () => {
    const course = await enrolIn(pretestPackage());
    const pre = await course.launch('Pre-test');
    expect(pre.unit.blockedBy).toEqual([]);
    // Choice is off: only where continue leads is open (the content, while the pre-test is not passed), never the post-test.
    expect((await course.view()).units.filter((u) => u.available).map((u) => u.title)).toEqual(['Pre-test', 'Content']);
    expect((await course.launch('Post-test')).unit.blockedBy).not.toEqual([]);
    await course.commit(pre.attempt.id, passed);
    const next = await course.navigate('continue');
    expect(await course.titleOf(next.unitId)).toBe('Post-test');
  });

  it('a pre-test failed leads through the content', async () => {
    const course = await enrolIn(pretestPackage('com.example.seq.pretest-fail'));
    const pre = await course.launch('Pre-test');
    await course.commit(pre.attempt.id, failed);
    const next = await course.navigate('continue');
    expect(await course.titleOf(next.unitId)).toBe('Content');
  });

  it('random selection: two of the four tests, the same two on every visit, stored with the enrolment', async () => {
    const course = await enrolIn(randomTestsPackage());
    const start = await course.navigate('start');
    expect(start.unitId).not.toBeNull();
    const shown = (await course.view()).units.map((u) => u.title);
    expect(shown).toHaveLength(2);
    expect((await course.view()).units.map((u) => u.title)).toEqual(shown);
    expect(JSON.parse((await stored(course.enrolmentId))!.state)).toBeTruthy();
  });

  it('remediation: a failed quiz sends the learner back to the lesson; the attempt limit then closes the quiz', async () => {
    const course = await enrolIn(remediationPackage());
    const lesson = await course.launch('Lesson');
    await course.commit(lesson.attempt.id, { 'cmi.completion_status': 'completed' });
    const quiz = await course.navigate('continue');
    expect(await course.titleOf(quiz.unitId)).toBe('Quiz');
    const quizAttempt = await course.launch('Quiz');
    await course.commit(quizAttempt.attempt.id, failed);
    const back = await course.navigate('continue');
    expect(await course.titleOf(back.unitId)).toBe('Lesson');
    // The second and last try of the quiz, failed too: the rules no longer offer it.
    const secondQuiz = await course.navigate('continue');
    expect(await course.titleOf(secondQuiz.unitId)).toBe('Quiz');
    const second = await course.launch('Quiz');
    expect(second.attempt).toMatchObject({ successStatus: 'unknown' });
    await course.commit(second.attempt.id, failed);
    await course.navigate('continue');
    expect((await course.view()).units.find((u) => u.title === 'Quiz')!.available).toBe(false);
    expect((await course.launch('Quiz')).unit.blockedBy).not.toEqual([]);
  });

  it('exitAll ends the session, suspendAll keeps the place, jump goes where it says', async () => {
    const course = await enrolIn(forcedOrderPackage('com.example.seq.navigation'));
    const lesson = await course.launch('The lesson');
    await course.commit(lesson.attempt.id, { 'cmi.location': 'page-2' });
    const suspended = await course.navigate('suspendAll');
    expect(suspended).toMatchObject({ unitId: null, sessionEnded: true });
    expect((await stored(course.enrolmentId))!.state).toContain('"isSuspended":true');
    expect(await course.titleOf((await course.view()).resumeUnitId)).toBe('The lesson');
    const resumed = await course.navigate('resumeAll');
    expect(await course.titleOf(resumed.unitId)).toBe('The lesson');
    await course.commit(lesson.attempt.id, { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
    const jumped = await course.navigate('jump', 'The test');
    expect(await course.titleOf(jumped.unitId)).toBe('The test');
    const exited = await course.navigate('exitAll');
    expect(exited).toMatchObject({ unitId: null, sessionEnded: true, courseCompleted: false });
    const unknown = await course.view();
    expect(unknown.completedAt).toBeNull();
  });

  it('a SCO that reports its pass first and its completion later finishes the course at that later commit', async () => {
    // Real quizzes often do: the score and success when the last question is answered, completion on the results page.
    const byMeasure = `<imsss:objectives><imsss:primaryObjective objectiveID="quiz-passed" satisfiedByMeasure="true">
      <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives>${setsOwnResult}`;
    const zip = sequencedPackage('com.example.seq.pass-then-complete', 'Pass, then complete', [
      { id: 'quiz', title: 'The quiz', sequencing: byMeasure },
    ]);
    const course = await enrolIn(zip);
    const quiz = await course.launch('The quiz');
    const scored = await course.commit(quiz.attempt.id, { 'cmi.score.scaled': '0.9', 'cmi.success_status': 'passed' });
    expect(scored.data?.commitAttempt.courseCompleted).toBe(false);
    const completed = await course.commit(quiz.attempt.id, { 'cmi.completion_status': 'completed' });
    expect(completed.data?.commitAttempt.courseCompleted).toBe(true);
    expect((await course.view()).completedAt).not.toBeNull();
  });

  it('refuses a navigation request it does not know, and changes nothing', async () => {
    const course = await enrolIn(forcedOrderPackage('com.example.seq.bad-request'));
    const res = await new ApiClient(stack.apiUrl).gql(NAVIGATE, { e: course.enrolmentId, r: 'continue' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(course.navigate('teleport')).rejects.toThrow(/not a navigation request/);
    expect(await stored(course.enrolmentId)).toBeNull();
  });
});
