import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { COMMIT, enrol, launch, makeLearner } from '../support/learner.js';
import { importPackage, logInAsDemo } from '../support/packages.js';
import { multiScoPackage, scorm12Package } from '../support/scorm-packages.js';
import { DEMO_TOTP_SECRET, logInWithSecondFactor } from '../support/second-factor.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let trainer: ApiClient;
beforeAll(async () => {
  stack = await startStack({ worker: true });
  trainer = new ApiClient(stack.apiUrl);
  await logInAsDemo(trainer, 'trainer');
}, 60_000);
afterAll(() => stack?.stop());

/** A trainer of the demo school: another organisation than the demo trainer's. */
async function makeTrainerElsewhere(): Promise<ApiClient> {
  const person = await makeLearner(stack.apiUrl, { displayName: 'Other Trainer' });
  await stack.db.query(
    `insert into membership (id, user_id, organisation_id, role, created_at)
     select gen_random_uuid(), $1, id, 'trainer', now() from organisation where slug = 'riverside-school'`,
    [person.userId],
  );
  // Trainers need a second factor: enrol this one with the demo secret, as the seed does the demo staff.
  await stack.db.query(
    `insert into mfa_totp (id, user_id, secret, confirmed_at, created_at) values (gen_random_uuid(), $1, $2, now(), now())`,
    [person.userId, DEMO_TOTP_SECRET],
  );
  const client = new ApiClient(stack.apiUrl);
  await logInWithSecondFactor(client, person.email, person.password, DEMO_TOTP_SECRET);
  return client;
}

async function versionsOf(courseId: string) {
  const { rows } = await stack.db.query<{ version: number }>('select version from course_version where course_id = $1 order by version', [
    courseId,
  ]);
  return rows.map((r) => r.version);
}

describe('who may publish a version of an imported course', () => {
  it('is the organisation that owns it: an upload with the same identifier from elsewhere is refused and changes nothing', async () => {
    const id = `com.example.owned-${randomBytes(3).toString('hex')}`;
    const first = await importPackage(trainer, scorm12Package({ id }));
    expect(first).toMatchObject({ status: 'published', courseVersion: 1 });
    const { rows } = await stack.db.query<{ slug: string }>(
      'select o.slug from course c join organisation o on o.id = c.organisation_id where c.id = $1',
      [first.courseId],
    );
    expect(rows).toEqual([{ slug: 'community' }]);

    const intruder = await makeTrainerElsewhere();
    const taken = await importPackage(intruder, scorm12Package({ id, extra: ' (replaced)' }));
    expect(taken.status).toBe('failed');
    expect(taken.problems.join(' ')).toMatch(/already belongs to another organisation/);
    expect(await versionsOf(first.courseId!)).toEqual([1]);

    // Its own trainers still publish new versions.
    const update = await importPackage(trainer, scorm12Package({ id, extra: ' (second edition)' }));
    expect(update).toMatchObject({ status: 'published', courseId: first.courseId, courseVersion: 2 });
  });

  it('refuses an upload for an organisation the trainer does not author for', async () => {
    const res = await trainer.postBytes(
      `/package-imports?fileName=p.zip&locale=en&minutes=5&organisation=${randomUUID()}`,
      scorm12Package(),
    );
    expect(res.status).toBe(403);
  });
});

describe('sequencing the server enforces', () => {
  it('refuses a commit to a SCO that forced order still locks', async () => {
    const outcome = await importPackage(trainer, multiScoPackage());
    expect(outcome.status).toMatch(/published|unchanged/);
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId, unitIds } = await enrol(learner.client, outcome.courseId!);
    const second = await launch(learner.client, enrolmentId, unitIds[1]!);
    const values = [{ element: 'cmi.completion_status', value: 'completed' }];
    const locked = await learner.client.gql(COMMIT, { input: { attemptId: second.id, seq: 1, sessionId: 's', values } });
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'UNIT_LOCKED' });

    const first = await launch(learner.client, enrolmentId, unitIds[0]!);
    await learner.client.ok(COMMIT, { input: { attemptId: first.id, seq: 1, sessionId: 's', values } });
    // Once the first is done the second opens, as the player opens it next.
    const reopened = await launch(learner.client, enrolmentId, unitIds[1]!);
    const unlocked = await learner.client.gql(COMMIT, { input: { attemptId: reopened.id, seq: 1, sessionId: 's', values } });
    expect(unlocked.errors).toBeUndefined();
  });
});
