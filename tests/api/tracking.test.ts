import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMIT, enrol, launch, makeLearner, LAUNCH } from '../support/learner.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

type Attempt = {
  seq: number;
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  location: string;
  suspendData: string;
  totalTime: string;
};
type CommitData = { commitAttempt: { applied: boolean; courseCompleted: boolean; attempt: Attempt } };

async function setUp() {
  const learner = await makeLearner(stack.apiUrl);
  const { enrolmentId, unitIds } = await enrol(learner.client);
  const attempt = await launch(learner.client, enrolmentId, unitIds[0]!);
  const commit = (seq: number, values: { element: string; value: string }[], sessionId = 'sitting-1') =>
    learner.client.gql<CommitData>(COMMIT, { input: { attemptId: attempt.id, seq, sessionId, values } });
  return { learner, enrolmentId, unitIds, attempt, commit };
}

describe('the CMI tracking model', () => {
  it('stores the CMI state and resumes it on the next launch', async () => {
    const { learner, enrolmentId, unitIds, commit } = await setUp();
    const res = await commit(1, [
      { element: 'cmi.location', value: 'section-2' },
      { element: 'cmi.suspend_data', value: '{"answers":[1,2]}' },
      { element: 'cmi.completion_status', value: 'incomplete' },
      { element: 'cmi.session_time', value: 'PT1M5S' },
    ]);
    expect(res.data?.commitAttempt.applied).toBe(true);
    const resumed = await learner.client.ok<{ launchUnit: { attempt: Attempt & { entry: string } } }>(
      LAUNCH.replace('totalTime }', 'totalTime entry }'),
      { e: enrolmentId, u: unitIds[0] },
    );
    expect(resumed.launchUnit.attempt).toMatchObject({
      seq: 1,
      location: 'section-2',
      suspendData: '{"answers":[1,2]}',
      completionStatus: 'incomplete',
      totalTime: 'PT0H1M5S',
      entry: 'resume',
    });
  });

  it('applies a retried commit once and never lets an older one overwrite a newer one', async () => {
    const { commit, attempt } = await setUp();
    expect((await commit(1, [{ element: 'cmi.location', value: 'a' }])).data?.commitAttempt.applied).toBe(true);
    expect((await commit(2, [{ element: 'cmi.location', value: 'b' }])).data?.commitAttempt.applied).toBe(true);
    const retry = await commit(2, [{ element: 'cmi.location', value: 'b' }]);
    expect(retry.data?.commitAttempt).toMatchObject({ applied: false, attempt: { seq: 2, location: 'b' } });
    const late = await commit(1, [{ element: 'cmi.location', value: 'a' }]);
    expect(late.data?.commitAttempt).toMatchObject({ applied: false, attempt: { seq: 2, location: 'b' } });
    const { rows } = await stack.db.query<{ seq: number; cmi: Record<string, string> }>('select seq, cmi from attempt where id = $1', [
      attempt.id,
    ]);
    expect(rows[0]).toMatchObject({ seq: 2, cmi: { 'cmi.location': 'b' } });
  });

  it('orders concurrent commits to one attempt so that the highest number wins', async () => {
    const { commit, attempt } = await setUp();
    const results = await Promise.all([5, 3, 4, 1, 2].map((seq) => commit(seq, [{ element: 'cmi.location', value: `at-${seq}` }])));
    expect(results.every((r) => !r.errors)).toBe(true);
    const { rows } = await stack.db.query<{ session_seqs: Record<string, number>; cmi: Record<string, string> }>(
      'select session_seqs, cmi from attempt where id = $1',
      [attempt.id],
    );
    expect(rows[0]).toMatchObject({ session_seqs: { 'sitting-1': 5 }, cmi: { 'cmi.location': 'at-5' } });
  });

  it('numbers commits per sitting, so two devices never block each other', async () => {
    const { commit } = await setUp();
    const phone = await commit(1, [{ element: 'cmi.location', value: 'from-phone' }], 'phone');
    const laptop = await commit(1, [{ element: 'cmi.completion_status', value: 'completed' }], 'laptop');
    expect([phone.data?.commitAttempt.applied, laptop.data?.commitAttempt.applied]).toEqual([true, true]);
    expect(laptop.data?.commitAttempt.attempt).toMatchObject({ seq: 2, location: 'from-phone', completionStatus: 'completed' });
    const phoneRetry = await commit(1, [{ element: 'cmi.location', value: 'from-phone' }], 'phone');
    expect(phoneRetry.data?.commitAttempt.applied).toBe(false);
  });

  it('accepts SCORM 1.2 names and stores them under their SCORM 2004 equivalents', async () => {
    const { commit, attempt } = await setUp();
    const res = await commit(1, [
      { element: 'cmi.core.lesson_status', value: 'completed' },
      { element: 'cmi.core.lesson_location', value: 'slide-4' },
      { element: 'cmi.core.session_time', value: '0000:01:30' },
    ]);
    expect(res.data?.commitAttempt.attempt).toMatchObject({
      completionStatus: 'completed',
      successStatus: 'unknown',
      location: 'slide-4',
      totalTime: 'PT0H1M30S',
    });
    const { rows } = await stack.db.query<{ cmi: Record<string, string> }>('select cmi from attempt where id = $1', [attempt.id]);
    expect(Object.keys(rows[0]!.cmi).filter((k) => k.startsWith('cmi.core'))).toEqual([]);
  });

  it('adds up session times of separate sittings into total time', async () => {
    const { commit } = await setUp();
    await commit(1, [{ element: 'cmi.session_time', value: 'PT30S' }], 'sitting-1');
    await commit(2, [{ element: 'cmi.session_time', value: 'PT45S' }], 'sitting-1');
    const res = await commit(3, [{ element: 'cmi.session_time', value: 'PT1M' }], 'sitting-2');
    expect(res.data?.commitAttempt.attempt.totalTime).toBe('PT0H1M45S');
  });

  it('refuses bad values with the CMI error code and leaves the stored state unchanged', async () => {
    const { commit, attempt } = await setUp();
    await commit(1, [{ element: 'cmi.location', value: 'kept' }]);
    const cases = [
      [{ element: 'cmi.favourite_colour', value: 'blue' }, 401],
      [{ element: 'cmi.total_time', value: 'PT1H' }, 404],
      [{ element: 'cmi.completion_status', value: 'finished' }, 406],
      [{ element: 'cmi.score.scaled', value: '1.5' }, 407],
    ] as const;
    for (const [bad, code] of cases) {
      const res = await commit(2, [{ element: 'cmi.location', value: 'overwritten' }, bad]);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CMI_ERROR', cmiErrorCode: code, element: bad.element });
      expect(res.errors?.[0]?.message).toContain(bad.element);
    }
    const { rows } = await stack.db.query<{ seq: number; cmi: Record<string, string> }>('select seq, cmi from attempt where id = $1', [
      attempt.id,
    ]);
    expect(rows[0]).toMatchObject({ seq: 1, cmi: { 'cmi.location': 'kept' } });
  });

  it('completes the course only when every unit is complete', async () => {
    const { learner, enrolmentId, unitIds } = await setUp();
    const completions: boolean[] = [];
    for (const unitId of unitIds) {
      const attempt = await launch(learner.client, enrolmentId, unitId);
      const res = await learner.client.ok<CommitData>(COMMIT, {
        input: {
          attemptId: attempt.id,
          seq: attempt.seq + 1,
          sessionId: 's',
          values: [{ element: 'cmi.completion_status', value: 'completed' }],
        },
      });
      completions.push(res.commitAttempt.courseCompleted);
    }
    expect(completions).toEqual([...unitIds.slice(1).map(() => false), true]);
    const view = await learner.client.ok<{ enrolment: { completedAt: string | null; completedUnits: number; totalUnits: number } }>(
      'query($id: ID!) { enrolment(id: $id) { completedAt completedUnits totalUnits } }',
      { id: enrolmentId },
    );
    expect(view.enrolment.completedAt).not.toBeNull();
    expect(view.enrolment.completedUnits).toBe(view.enrolment.totalUnits);
  });
});

describe('the commit route (POST /tracking/commits, what the player uses)', () => {
  const post = (client: { postJson: (path: string, body: unknown) => Promise<Response> }, body: unknown) =>
    client
      .postJson('/tracking/commits', body)
      .then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }));

  it('applies commits like the GraphQL mutation, once, and answers errors with their codes', async () => {
    const { learner, attempt } = await setUp();
    const first = { attemptId: attempt.id, seq: 1, sessionId: 'web', values: { 'cmi.location': 'p1', 'cmi.session_time': 'PT10S' } };
    expect(await post(learner.client, first)).toEqual({ status: 200, body: { applied: true, seq: 1, courseCompleted: false } });
    expect(await post(learner.client, first)).toEqual({ status: 200, body: { applied: false, seq: 1, courseCompleted: false } });
    const bad = await post(learner.client, { ...first, seq: 2, values: { 'cmi.score.scaled': '3' } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'CMI_ERROR', cmiErrorCode: 407, element: 'cmi.score.scaled' } } });
    expect((await post(learner.client, { ...first, seq: 'two' })).body).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    expect((await post(learner.client, { ...first, attemptId: 'not-a-uuid', seq: 3 })).status).toBe(404);
    const stranger = await makeLearner(stack.apiUrl);
    expect((await post(stranger.client, { ...first, seq: 9 })).status).toBe(404);
    const anonymous = await fetch(`${stack.apiUrl}/tracking/commits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(first),
    });
    expect(anonymous.status).toBe(401);
    const { rows } = await stack.db.query<{ seq: number; cmi: Record<string, string> }>('select seq, cmi from attempt where id = $1', [
      attempt.id,
    ]);
    expect(rows[0]).toMatchObject({ seq: 1, cmi: { 'cmi.location': 'p1' } });
  });

  it('applies many learners committing at once, each exactly once, with concurrent commits to one attempt in order', async () => {
    const learners = await Promise.all(Array.from({ length: 12 }, () => setUp()));
    const sends = learners.flatMap(({ learner, attempt }) =>
      [3, 1, 5, 2, 4].map((seq) =>
        post(learner.client, { attemptId: attempt.id, seq, sessionId: 'web', values: { 'cmi.location': `at-${seq}` } }),
      ),
    );
    const results = await Promise.all(sends);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const { rows } = await stack.db.query<{ cmi: Record<string, string>; session_seqs: Record<string, number> }>(
      'select cmi, session_seqs from attempt where id = any($1)',
      [learners.map((l) => l.attempt.id)],
    );
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row.session_seqs.web).toBe(5);
    // Whatever order they arrived in, no attempt ends with an older commit's value over a newer one's.
    for (const row of rows) expect(row.cmi['cmi.location']).toBe('at-5');
  });
});
