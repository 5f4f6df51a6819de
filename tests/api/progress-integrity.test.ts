import { Queue, QueueEvents } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMIT, enrol, launch, makeLearner } from '../support/learner.js';
import { redisUrl } from '../support/services.js';
import { startStack, type Stack } from '../support/stack.js';
import type { ApiClient } from '../support/graphql-client.js';

let stack: Stack;
let queue: Queue;
let events: QueueEvents;

beforeAll(async () => {
  // The sweep runs only when a test asks for it, so that a test can see what a retry alone repairs.
  stack = await startStack({ worker: true, env: { PROGRESS_SWEEP_SECONDS: String(7 * 24 * 3600) } });
  queue = new Queue('kinship', { connection: { url: redisUrl }, prefix: stack.redisPrefix });
  events = new QueueEvents('kinship', { connection: { url: redisUrl }, prefix: stack.redisPrefix });
  await events.waitUntilReady();
  // The worker sweeps once as it starts; wait for that, so that no sweep runs during the tests unless one asks.
  for (let i = 0; i < 300 && !(await queue.getJobs(['completed'])).some((j) => j.name === 'progress.sweep'); i++)
    await new Promise((r) => setTimeout(r, 100));
});
afterAll(async () => {
  await events?.close();
  await queue?.close();
  await stack?.stop();
});

type CommitData = {
  commitAttempt: {
    applied: boolean;
    courseCompleted: boolean;
    attempt: { completionStatus: string; successStatus: string; scoreScaled: number | null };
  };
};
const UNITS = `query($id: ID!) { enrolment(id: $id) { completedAt scoreScaled units { unitId type complete } } }`;
type EnrolmentData = {
  enrolment: { completedAt: string | null; scoreScaled: number | null; units: { unitId: string; type: string; complete: boolean }[] };
};

const values = (entries: Record<string, string>) => Object.entries(entries).map(([element, value]) => ({ element, value }));
const CLAIM_EVERYTHING = values({
  'cmi.completion_status': 'completed',
  'cmi.success_status': 'passed',
  'cmi.score.scaled': '1',
});

async function commitTo(client: ApiClient, enrolmentId: string, unitId: string, written: { element: string; value: string }[]) {
  const attempt = await launch(client, enrolmentId, unitId);
  return client.gql<CommitData>(COMMIT, { input: { attemptId: attempt.id, seq: attempt.seq + 1, sessionId: 'forged', values: written } });
}

async function enrolmentRow(enrolmentId: string) {
  const { rows } = await stack.db.query<{ completed_at: Date | null }>('select completed_at from enrolment where id = $1', [enrolmentId]);
  return rows[0]!;
}

async function completedEvents(enrolmentId: string) {
  const { rows } = await stack.db.query(
    `select id from outbox_event where topic = 'enrolment.completed' and payload->>'enrolmentId' = $1`,
    [enrolmentId],
  );
  return rows.length;
}

async function waitForCertificate(enrolmentId: string) {
  for (let i = 0; i < 150; i++) {
    const { rows } = await stack.db.query('select id from certificate where enrolment_id = $1', [enrolmentId]);
    if (rows.length) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no certificate for ${enrolmentId}:\n${stack.processes.worker?.output()}`);
}

describe('what a client may write, by unit kind', () => {
  it('refuses a forged completion, pass or score for checks, reflections and scenarios, and a forged result for lessons', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId } = await enrol(learner.client, 'anti-racism-foundations');
    const { enrolment } = await learner.client.ok<EnrolmentData>(UNITS, { id: enrolmentId });
    for (const unit of enrolment.units) {
      const forged = await commitTo(learner.client, enrolmentId, unit.unitId, CLAIM_EVERYTHING);
      const refused = unit.type === 'lesson' ? 'cmi.success_status' : 'cmi.completion_status';
      expect(forged.errors?.[0]?.extensions, unit.unitId).toMatchObject({ code: 'CMI_ERROR', cmiErrorCode: 404, element: refused });
      // What a lesson's client may say, it may say: that it was read to the end.
      if (unit.type === 'lesson')
        expect(
          (await commitTo(learner.client, enrolmentId, unit.unitId, values({ 'cmi.completion_status': 'completed' }))).errors,
        ).toBeUndefined();
    }
    const after = await learner.client.ok<EnrolmentData>(UNITS, { id: enrolmentId });
    expect(after.enrolment.units.filter((u) => u.complete).map((u) => u.type)).toEqual(
      after.enrolment.units.filter((u) => u.type === 'lesson').map(() => 'lesson'),
    );
    expect(after.enrolment.completedAt).toBeNull();
    expect(await completedEvents(enrolmentId)).toBe(0);
  });

  it('refuses the same through the player’s commit route', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId } = await enrol(learner.client, 'anti-racism-foundations');
    const { enrolment } = await learner.client.ok<EnrolmentData>(UNITS, { id: enrolmentId });
    const check = enrolment.units.find((u) => u.type === 'check')!;
    const attempt = await launch(learner.client, enrolmentId, check.unitId);
    const res = await learner.client.postJson('/tracking/commits', {
      attemptId: attempt.id,
      seq: 1,
      sessionId: 'forged',
      values: { 'cmi.location': 'q2', 'cmi.success_status': 'passed' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'CMI_ERROR', cmiErrorCode: 404, element: 'cmi.success_status' } });
    const { rows } = await stack.db.query('select seq, success_status from attempt where id = $1', [attempt.id]);
    expect(rows[0]).toMatchObject({ seq: 0, success_status: 'unknown' });
  });
});

describe('scores', () => {
  it('keeps no score as no score, in the stored column and in every view', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId, unitIds } = await enrol(learner.client);
    const res = await commitTo(learner.client, enrolmentId, unitIds[0]!, values({ 'cmi.completion_status': 'completed' }));
    expect(res.data?.commitAttempt.attempt.scoreScaled).toBeNull();
    const { rows } = await stack.db.query('select score_scaled from attempt where enrolment_id = $1', [enrolmentId]);
    expect(rows).toEqual([{ score_scaled: null }]);
    const view = await learner.client.ok<EnrolmentData>(UNITS, { id: enrolmentId });
    expect(view.enrolment.scoreScaled).toBeNull();
  });
});

describe('course completion', () => {
  /** Completes every unit but the last, then commits the last one while the test holds the enrolment's row lock, so the evaluation cannot run; kills the api once the commit is stored. */
  async function crashBetweenCommitAndEvaluation() {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId, unitIds } = await enrol(learner.client);
    for (const unitId of unitIds.slice(0, -1))
      await commitTo(learner.client, enrolmentId, unitId, values({ 'cmi.completion_status': 'completed' }));
    const last = await launch(learner.client, enrolmentId, unitIds.at(-1)!);
    const input = { attemptId: last.id, seq: last.seq + 1, sessionId: 'crash', values: values({ 'cmi.completion_status': 'completed' }) };

    const lock = new pg.Client({ connectionString: stack.databaseUrl });
    await lock.connect();
    await lock.query('begin');
    await lock.query('select id from enrolment where id = $1 for update', [enrolmentId]);
    const answer = learner.client.gql<CommitData>(COMMIT, { input }).catch((error: unknown) => error);
    for (let i = 0; i < 100; i++) {
      const { rows } = await stack.db.query<{ completion_status: string }>('select completion_status from attempt where id = $1', [
        last.id,
      ]);
      if (rows[0]?.completion_status === 'completed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await stack.processes.api!.stop('SIGKILL');
    expect(await answer).toBeInstanceOf(Error); // the learner never got an answer
    await lock.query('rollback');
    await lock.end();
    // The state a crash leaves: every unit done, the course not.
    expect((await enrolmentRow(enrolmentId)).completed_at).toBeNull();
    await stack.restartApi();
    return { learner, enrolmentId, input };
  }

  it('is recorded when the player retries a commit whose evaluation was lost to a crash', async () => {
    const { learner, enrolmentId, input } = await crashBetweenCommitAndEvaluation();
    const retry = await learner.client.ok<CommitData>(COMMIT, { input });
    expect(retry.commitAttempt).toMatchObject({ applied: false, courseCompleted: true });
    expect((await enrolmentRow(enrolmentId)).completed_at).not.toBeNull();
    expect(await completedEvents(enrolmentId)).toBe(1);
    await waitForCertificate(enrolmentId);
    // Evaluating again changes nothing: completion is recorded once.
    expect((await learner.client.ok<CommitData>(COMMIT, { input })).commitAttempt.courseCompleted).toBe(false);
    expect(await completedEvents(enrolmentId)).toBe(1);
  });

  it('is recorded by the sweep when nobody retries', async () => {
    const { enrolmentId } = await crashBetweenCommitAndEvaluation();
    const job = await queue.add('progress.sweep', {});
    expect(await job.waitUntilFinished(events, 30_000)).toBeGreaterThanOrEqual(1);
    expect((await enrolmentRow(enrolmentId)).completed_at).not.toBeNull();
    expect(await completedEvents(enrolmentId)).toBe(1);
    await waitForCertificate(enrolmentId);
  });
});
