import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { COMMIT, makeLearner } from '../support/learner.js';
import { importPackage, logInAsDemo } from '../support/packages.js';
import { forcedOrderPackage, SHARED_NOTES, sharedDataPackage } from '../support/sequencing-packages.js';
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
const LAUNCH = `mutation($e: ID!, $u: ID!) { launchUnit(enrolmentId: $e, unitId: $u) {
  attempt { id } unit { blockedBy sco { runtimeState { element value } } } } }`;

interface Launched {
  attempt: { id: string };
  unit: { blockedBy: string[]; sco: { runtimeState: { element: string; value: string }[] } | null };
}

/** A new learner enrolled in the package, launching its units by title and committing as the player does. */
async function enrolIn(zip: Buffer | { courseId: string }) {
  const { courseId, warnings } = Buffer.isBuffer(zip) ? await importPackage(trainer, zip) : { ...zip, warnings: [] };
  if (!courseId) throw new Error(`the package was not published: ${warnings.join(' ')}`);
  const { client } = await makeLearner(stack.apiUrl);
  const { enrol } = await client.ok<{ enrol: { id: string } }>(ENROL, { c: courseId });
  const { rows } = await stack.db.query<{ content: { modules: { units: { id: string; locales: { en: { title: string } } }[] }[] } }>(
    'select v.content from enrolment e join course_version v on v.id = e.course_version_id where e.id = $1',
    [enrol.id],
  );
  const units = rows[0]!.content.modules.flatMap((m) => m.units);
  const launch = async (title: string) => {
    const unitId = units.find((u) => u.locales.en.title === title)!.id;
    const { launchUnit } = await client.ok<{ launchUnit: Launched }>(LAUNCH, { e: enrol.id, u: unitId });
    const state = Object.fromEntries((launchUnit.unit.sco?.runtimeState ?? []).map((v) => [v.element, v.value]));
    return { ...launchUnit, state };
  };
  let seq = 0;
  const commit = (attemptId: string, values: Record<string, string>) =>
    client.gql<{ commitAttempt: { applied: boolean } }>(COMMIT, {
      input: {
        attemptId,
        seq: ++seq,
        sessionId: 'sco-sitting',
        values: Object.entries(values).map(([element, value]) => ({ element, value })),
      },
    });
  return { courseId, enrolmentId: enrol.id, warnings, launch, commit };
}

/** The adl.nav.request_valid answers a launch gives the SCO's runtime. */
function navAnswers(state: Record<string, string>) {
  return Object.fromEntries(Object.entries(state).filter(([element]) => element.startsWith('adl.nav.request_valid.')));
}

async function sharedStores(enrolmentId: string) {
  const { rows } = await stack.db.query<{ target_id: string; store: string }>(
    'select target_id, store from shared_data where enrolment_id = $1',
    [enrolmentId],
  );
  return rows;
}

describe('the SCO runtime answers adl.nav.request_valid as the server sequencing grants', () => {
  it('forced order: the test is open to a choice from the lesson only as the engine would grant it', async () => {
    // The platform satisfies a lesson that reports nothing when its attempt ends: leaving it now would open the test.
    const byDefault = await enrolIn(forcedOrderPackage('com.example.seq.nav-valid-default'));
    expect(navAnswers((await byDefault.launch('The lesson')).state)).toMatchObject({
      'adl.nav.request_valid.previous': 'false',
      'adl.nav.request_valid.continue': 'true',
      'adl.nav.request_valid.choice.{target=test}': 'true',
    });

    // A lesson that sets its own result: the test stays disabled until the lesson reports its pass.
    const course = await enrolIn(forcedOrderPackage('com.example.seq.nav-valid-forced', { setsOwnResult: true }));
    const lesson = await course.launch('The lesson');
    expect(navAnswers(lesson.state)).toMatchObject({
      'adl.nav.request_valid.previous': 'false',
      'adl.nav.request_valid.choice.{target=test}': 'false',
    });
    await course.commit(lesson.attempt.id, { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
    // Opened again (a reload): the engine now grants the test.
    const again = await course.launch('The lesson');
    expect(navAnswers(again.state)).toMatchObject({
      'adl.nav.request_valid.previous': 'false',
      'adl.nav.request_valid.choice.{target=test}': 'true',
    });
    const test = await course.launch('The test');
    expect(test.unit.blockedBy).toEqual([]);
    // Flow leads back from the test (through the hidden notes, which flow still delivers).
    expect(navAnswers(test.state)).toMatchObject({ 'adl.nav.request_valid.previous': 'true' });
  });

  it('a flow course: from its first SCO, continue and a jump ahead are granted, previous is not', async () => {
    const course = await enrolIn(sharedDataPackage('com.example.seq.nav-valid-flow'));
    const first = await course.launch('Reflection');
    expect(navAnswers(first.state)).toMatchObject({
      'adl.nav.request_valid.previous': 'false',
      'adl.nav.request_valid.continue': 'true',
      'adl.nav.request_valid.jump.{target=summary}': 'true',
    });
  });
});

describe('SCORM 2004 shared data (adlcp:data)', () => {
  it('is kept per enrolment: one SCO writes the bucket, the other reads it and may not write it', async () => {
    const course = await enrolIn(sharedDataPackage());
    // Applied, so not named as a warning at import.
    expect(course.warnings.join(' ')).not.toMatch(/shared/i);

    const reflection = await course.launch('Reflection');
    expect(reflection.state).toMatchObject({
      'adl.data.0.id': SHARED_NOTES,
      'adl.data.0.readSharedData': 'true',
      'adl.data.0.writeSharedData': 'true',
    });
    // Nothing written yet: no value to read.
    expect(reflection.state['adl.data.0.store']).toBeUndefined();
    const written = await course.commit(reflection.attempt.id, {
      'cmi.completion_status': 'completed',
      'adl.data.0.store': 'Listen first; ask before assuming.',
    });
    expect(written.data?.commitAttempt.applied).toBe(true);
    expect(await sharedStores(course.enrolmentId)).toEqual([{ target_id: SHARED_NOTES, store: 'Listen first; ask before assuming.' }]);
    // Shared data is the enrolment's, not the attempt's CMI.
    const { rows } = await stack.db.query<{ cmi: Record<string, string> }>('select cmi from attempt where id = $1', [
      reflection.attempt.id,
    ]);
    expect(Object.keys(rows[0]!.cmi).filter((element) => element.startsWith('adl.'))).toEqual([]);

    const summary = await course.launch('Summary');
    expect(summary.state).toMatchObject({
      'adl.data.0.id': SHARED_NOTES,
      'adl.data.0.store': 'Listen first; ask before assuming.',
      'adl.data.0.writeSharedData': 'false',
    });
    const refused = await course.commit(summary.attempt.id, { 'cmi.location': 'end', 'adl.data.0.store': 'overwritten' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CMI_ERROR', cmiErrorCode: 404, element: 'adl.data.0.store' });
    // Refused as a whole: neither the bucket nor the attempt changed.
    expect(await sharedStores(course.enrolmentId)).toEqual([{ target_id: SHARED_NOTES, store: 'Listen first; ask before assuming.' }]);
    const after = await stack.db.query<{ cmi: Record<string, string> }>('select cmi from attempt where id = $1', [summary.attempt.id]);
    expect(after.rows[0]!.cmi['cmi.location']).toBeUndefined();
    // A bucket the SCO does not map is no element of its data model.
    const unmapped = await course.commit(reflection.attempt.id, { 'adl.data.1.store': 'x' });
    expect(unmapped.errors?.[0]?.extensions).toMatchObject({ code: 'CMI_ERROR', cmiErrorCode: 401 });
  });

  it("belongs to the enrolment: another learner of the same course reads nothing of the first one's", async () => {
    const first = await enrolIn(sharedDataPackage('com.example.seq.shared-data-2'));
    const reflection = await first.launch('Reflection');
    await first.commit(reflection.attempt.id, { 'cmi.completion_status': 'completed', 'adl.data.0.store': 'mine' });
    expect((await first.launch('Summary')).state['adl.data.0.store']).toBe('mine');
    const second = await enrolIn({ courseId: first.courseId });
    await second.launch('Reflection');
    const summary = await second.launch('Summary');
    expect(summary.state['adl.data.0.id']).toBe(SHARED_NOTES);
    expect(summary.state['adl.data.0.store']).toBeUndefined();
  });
});
