import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMIT, enrol, launch, makeLearner, LAUNCH } from '../support/learner.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('acknowledged progress survives a crash', () => {
  it('keeps every acknowledged commit when the api is killed with SIGKILL right after answering', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId, unitIds } = await enrol(learner.client);
    const attempt = await launch(learner.client, enrolmentId, unitIds[0]!);

    const acknowledged = await learner.client.ok<{ commitAttempt: { applied: boolean } }>(COMMIT, {
      input: {
        attemptId: attempt.id,
        seq: 1,
        sessionId: 'before-crash',
        values: [
          { element: 'cmi.location', value: 'paragraph-7' },
          { element: 'cmi.suspend_data', value: 'answers=a,c' },
        ],
      },
    });
    expect(acknowledged.commitAttempt.applied).toBe(true);
    await stack.processes.api!.stop('SIGKILL');
    expect(stack.processes.api!.child.signalCode).toBe('SIGKILL');

    await stack.restartApi();
    const resumed = await learner.client.ok<{ launchUnit: { attempt: { seq: number; location: string; suspendData: string } } }>(LAUNCH, {
      e: enrolmentId,
      u: unitIds[0],
    });
    expect(resumed.launchUnit.attempt).toMatchObject({ seq: 1, location: 'paragraph-7', suspendData: 'answers=a,c' });
  });
});
