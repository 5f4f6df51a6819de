import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { COMMIT, completeCourse, enrol, launch, makeLearner } from '../support/learner.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ worker: true });
});
afterAll(() => stack?.stop());

async function waitForCertificate(enrolmentId: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await stack.db.query<{ id: string }>('select id from certificate where enrolment_id = $1', [enrolmentId]);
    if (rows[0]) return rows[0].id;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no certificate for ${enrolmentId}:\n${stack.processes.worker?.output()}`);
}

describe('a learner cannot read or write another learner’s records', () => {
  it('hides attempts, enrolments and certificates of others, and refuses anonymous callers', async () => {
    const alice = await makeLearner(stack.apiUrl, { displayName: 'Alice' });
    const bob = await makeLearner(stack.apiUrl, { displayName: 'Bob' });
    const { enrolmentId, unitIds } = await enrol(alice.client);
    const attempt = await launch(alice.client, enrolmentId, unitIds[0]!);
    await completeCourse(alice.client, enrolmentId, unitIds);
    const certificateId = await waitForCertificate(enrolmentId);

    const reads = [
      [`query($id: ID!) { attempt(id: $id) { id suspendData } }`, { id: attempt.id }],
      [`query($id: ID!) { enrolment(id: $id) { id courseTitle } }`, { id: enrolmentId }],
      [`query($id: ID!) { certificate(id: $id) { id code } }`, { id: certificateId }],
      [`mutation($e: ID!, $u: ID!) { launchUnit(enrolmentId: $e, unitId: $u) { attempt { id } } }`, { e: enrolmentId, u: unitIds[0] }],
    ] as const;
    for (const [query, variables] of reads) {
      const asBob = await bob.client.gql(query, variables);
      expect(asBob.data).toBeNull();
      expect(asBob.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const anonymous = await new ApiClient(stack.apiUrl).gql(query, variables);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }

    const write = await bob.client.gql(COMMIT, {
      input: { attemptId: attempt.id, seq: 99, sessionId: 'bob', values: [{ element: 'cmi.location', value: 'tampered' }] },
    });
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { rows } = await stack.db.query<{ cmi: Record<string, string>; seq: number }>('select cmi, seq from attempt where id = $1', [
      attempt.id,
    ]);
    expect(rows[0]?.cmi['cmi.location']).toBeUndefined();
    expect(rows[0]?.seq).toBe(1);

    expect((await bob.client.get(`/certificates/${certificateId}/pdf`)).status).toBe(404);
    expect((await new ApiClient(stack.apiUrl).get(`/certificates/${certificateId}/pdf`)).status).toBe(401);
    const own = await alice.client.get(`/certificates/${certificateId}/pdf`);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');

    const bobsList = await bob.client.ok<{ myCertificates: unknown[]; myEnrolments: unknown[] }>(
      '{ myCertificates { id } myEnrolments(locale: "en") { id } }',
    );
    expect(bobsList).toEqual({ myCertificates: [], myEnrolments: [] });
  });
});
