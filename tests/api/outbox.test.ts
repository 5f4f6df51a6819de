import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMIT, enrol, launch, makeLearner } from '../support/learner.js';
import { startPausableProxy, type PausableProxy } from '../support/pausable-proxy.js';
import { redisUrl } from '../support/services.js';
import { startStack, type Stack } from '../support/stack.js';

// The api reaches Redis through a proxy this test can cut off; the worker reaches it directly.
let proxy: PausableProxy;
let stack: Stack;
beforeAll(async () => {
  proxy = await startPausableProxy(new URL(redisUrl));
  stack = await startStack({ worker: true, apiEnv: { REDIS_URL: proxy.url } });
});
afterAll(async () => {
  await stack?.stop();
  await proxy?.close();
});

type CommitData = { commitAttempt: { applied: boolean; courseCompleted: boolean } };

describe('the enrolment.completed event', () => {
  it('is written with the completing commit, so the commit never waits for Redis, and the certificate follows', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId, unitIds } = await enrol(learner.client);
    const commit = async (unitId: string) => {
      const attempt = await launch(learner.client, enrolmentId, unitId);
      const values = [{ element: 'cmi.completion_status', value: 'completed' }];
      // Far longer than a commit takes, far shorter than a client waiting on a Redis that does not answer.
      const signal = AbortSignal.timeout(10_000);
      const res = await fetch(`${stack.apiUrl}/graphql`, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', cookie: learner.client.cookieHeader },
        body: JSON.stringify({
          query: COMMIT,
          variables: { input: { attemptId: attempt.id, seq: attempt.seq + 1, sessionId: 's', values } },
        }),
      });
      return ((await res.json()) as { data: CommitData }).data.commitAttempt;
    };
    for (const unitId of unitIds.slice(0, -1)) await commit(unitId);

    proxy.pause();
    expect(await commit(unitIds.at(-1)!)).toMatchObject({ applied: true, courseCompleted: true });
    const { rows } = await stack.db.query(`select relayed_at from outbox_event where payload->>'enrolmentId' = $1`, [enrolmentId]);
    expect(rows).toHaveLength(1);

    // The worker relays the event and issues the certificate although the api still has no Redis.
    for (let i = 0; i < 150; i++) {
      const found = await stack.db.query('select id from certificate where enrolment_id = $1', [enrolmentId]);
      if (found.rows.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const issued = await stack.db.query('select id from certificate where enrolment_id = $1', [enrolmentId]);
    expect(issued.rows, stack.processes.worker?.output()).toHaveLength(1);
    const relayed = await stack.db.query<{ relayed_at: Date | null }>(
      `select relayed_at from outbox_event where payload->>'enrolmentId' = $1`,
      [enrolmentId],
    );
    expect(relayed.rows[0]?.relayed_at).not.toBeNull();
    proxy.resume();
  });
});
