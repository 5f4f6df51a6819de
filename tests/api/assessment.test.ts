import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, launch, makeLearner } from '../support/learner.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const SUBMIT = `mutation($input: SubmitCheckInput!) { submitCheck(input: $input) {
  correctCount total scoreScaled passed passMark questions { questionId correct chosen { optionId correct feedback } }
  commit { applied courseCompleted attempt { successStatus scoreScaled completionStatus } } } }`;
const REFLECT = `mutation($input: SaveReflectionInput!) { saveReflection(input: $input) { reflection { text sharedWithTeacher } commit { applied } } }`;
const CHOOSE = `mutation($input: ChooseScenarioInput!) { chooseScenario(input: $input) { consequence best commit { applied courseCompleted } } }`;
const LAUNCH_WITH_UNIT = `mutation($e: ID!, $u: ID!) { launchUnit(enrolmentId: $e, unitId: $u) {
  unit { type questions { id options { id text } } choices { id text } prompt } attempt { id seq } reflection { text sharedWithTeacher } } }`;

type Submit = {
  submitCheck: {
    passed: boolean;
    scoreScaled: number;
    questions: { correct: boolean; chosen: { feedback: string }[] }[];
    commit: { courseCompleted: boolean; attempt: { successStatus: string } };
  };
};

async function practice() {
  const learner = await makeLearner(stack.apiUrl);
  const { enrolmentId, unitIds } = await enrol(learner.client, 'test-practice');
  expect(unitIds).toEqual(['read-this', 'quick-check', 'think-about-it', 'what-would-you-do']);
  return { learner, enrolmentId };
}

describe('knowledge checks, reflections and scenarios', () => {
  it('scores a check on the server, gives feedback, and keeps the answers out of the learner’s view', async () => {
    const { learner, enrolmentId } = await practice();
    const launched = await learner.client.ok<{
      launchUnit: { unit: { questions: { options: Record<string, unknown>[] }[] }; attempt: { id: string } };
    }>(LAUNCH_WITH_UNIT, { e: enrolmentId, u: 'quick-check' });
    expect(Object.keys(launched.launchUnit.unit.questions[0]!.options[0]!)).toEqual(['id', 'text']);
    const attemptId = launched.launchUnit.attempt.id;

    const failed = await learner.client.ok<Submit>(SUBMIT, {
      input: {
        attemptId,
        seq: 1,
        sessionId: 's',
        answers: [
          { questionId: 'q1', optionIds: ['a'] },
          { questionId: 'q2', optionIds: ['a'] },
        ],
      },
    });
    expect(failed.submitCheck).toMatchObject({ passed: false, scoreScaled: 0.5, commit: { attempt: { successStatus: 'failed' } } });
    expect(failed.submitCheck.questions[1]).toMatchObject({ correct: false, chosen: [{ feedback: 'A is one of them.' }] });

    const passed = await learner.client.ok<Submit>(SUBMIT, {
      input: {
        attemptId,
        seq: 2,
        sessionId: 's',
        answers: [
          { questionId: 'q1', optionIds: ['a'] },
          { questionId: 'q2', optionIds: ['c', 'a'] },
        ],
      },
    });
    expect(passed.submitCheck).toMatchObject({ passed: true, scoreScaled: 1, commit: { attempt: { successStatus: 'passed' } } });
    const { rows } = await stack.db.query<{ cmi: Record<string, string> }>('select cmi from attempt where id = $1', [attemptId]);
    expect(rows[0]?.cmi).toMatchObject({
      'cmi.interactions.1.learner_response': 'c[,]a',
      'cmi.interactions.1.result': 'correct',
      'cmi.score.raw': '2',
    });

    const bogus = await learner.client.gql(SUBMIT, {
      input: { attemptId, seq: 3, sessionId: 's', answers: [{ questionId: 'q7', optionIds: ['x'] }] },
    });
    expect(bogus.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps reflections private and resumable, and completes the course only when the check is passed', async () => {
    const { learner, enrolmentId } = await practice();
    const other = await makeLearner(stack.apiUrl);
    const lesson = await launch(learner.client, enrolmentId, 'read-this');
    await learner.client.ok(`mutation($input: CommitInput!) { commitAttempt(input: $input) { applied } }`, {
      input: { attemptId: lesson.id, seq: 1, sessionId: 's', values: [{ element: 'cmi.completion_status', value: 'completed' }] },
    });

    const reflection = await launch(learner.client, enrolmentId, 'think-about-it');
    const saved = await learner.client.ok<{ saveReflection: { reflection: { text: string; sharedWithTeacher: boolean } } }>(REFLECT, {
      input: { attemptId: reflection.id, seq: 1, sessionId: 's', text: '  I noticed how often I look away.  ', shareWithTeacher: false },
    });
    expect(saved.saveReflection.reflection).toEqual({ text: 'I noticed how often I look away.', sharedWithTeacher: false });
    const resumed = await learner.client.ok<{ launchUnit: { reflection: { text: string } } }>(LAUNCH_WITH_UNIT, {
      e: enrolmentId,
      u: 'think-about-it',
    });
    expect(resumed.launchUnit.reflection.text).toBe('I noticed how often I look away.');
    const snooping = await other.client.gql(REFLECT, {
      input: { attemptId: reflection.id, seq: 5, sessionId: 'x', text: 'overwritten', shareWithTeacher: true },
    });
    expect(snooping.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const scenario = await launch(learner.client, enrolmentId, 'what-would-you-do');
    const chosen = await learner.client.ok<{
      chooseScenario: { consequence: string; best: boolean; commit: { courseCompleted: boolean } };
    }>(CHOOSE, {
      input: { attemptId: scenario.id, seq: 1, sessionId: 's', choiceId: 'b' },
    });
    expect(chosen.chooseScenario).toMatchObject({ consequence: 'They feel supported.', best: true, commit: { courseCompleted: false } });

    const check = await launch(learner.client, enrolmentId, 'quick-check');
    const failed = await learner.client.ok<Submit>(SUBMIT, { input: { attemptId: check.id, seq: 1, sessionId: 's', answers: [] } });
    expect(failed.submitCheck.commit.courseCompleted).toBe(false);
    const passed = await learner.client.ok<Submit>(SUBMIT, {
      input: {
        attemptId: check.id,
        seq: 2,
        sessionId: 's',
        answers: [
          { questionId: 'q1', optionIds: ['a'] },
          { questionId: 'q2', optionIds: ['a', 'c'] },
        ],
      },
    });
    expect(passed.submitCheck.commit.courseCompleted).toBe(true);
  });
});
