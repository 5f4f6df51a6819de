import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgedByLmsPackage, masteryScore12Package, objectivesPackage, unappliedFeaturesPackage } from '../support/conformance-packages.js';
import { ApiClient } from '../support/graphql-client.js';
import { COMMIT, enrol, makeLearner } from '../support/learner.js';
import { importPackage, logInAsDemo } from '../support/packages.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let trainer: ApiClient;
beforeAll(async () => {
  stack = await startStack({ worker: true });
  trainer = new ApiClient(stack.apiUrl);
  await logInAsDemo(trainer, 'trainer');
}, 60_000);
afterAll(() => stack?.stop());

const LAUNCH_SCO = `mutation($e: ID!, $u: ID!) { launchUnit(enrolmentId: $e, unitId: $u) { attempt { id seq } unit { sco { runtimeState { element value } } } } }`;
const CATALOGUE = `{ catalogue { id title description scormVersion scormEdition } }`;

type Value = { element: string; value: string };
type Launched = { launchUnit: { attempt: { id: string; seq: number }; unit: { sco: { runtimeState: Value[] } } } };

/** A learner enrolled in the course, with its only SCO opened, and a way to commit as the player hands values over. */
async function openSco(courseId: string) {
  const learner = await makeLearner(stack.apiUrl);
  const { enrolmentId, unitIds } = await enrol(learner.client, courseId);
  const open = async () => {
    const { launchUnit } = await learner.client.ok<Launched>(LAUNCH_SCO, { e: enrolmentId, u: unitIds[0] });
    return {
      attemptId: launchUnit.attempt.id,
      state: Object.fromEntries(launchUnit.unit.sco.runtimeState.map((v) => [v.element, v.value])),
    };
  };
  const { attemptId, state } = await open();
  let seq = 0;
  const commit = (values: Record<string, string>, sessionId = 'sitting-1') =>
    learner.client.ok(COMMIT, {
      input: { attemptId, seq: ++seq, sessionId, values: Object.entries(values).map(([element, value]) => ({ element, value })) },
    });
  return { attemptId, state, commit, open };
}

/** What the database holds for the attempt: the report columns and the CMI values. */
async function stored(attemptId: string) {
  const { rows } = await stack.db.query<{
    completion_status: string;
    success_status: string;
    score_scaled: number | null;
    cmi: Record<string, string>;
  }>('select completion_status, success_status, score_scaled, cmi from attempt where id = $1', [attemptId]);
  return rows[0]!;
}

describe('success and completion as the standard judges them', () => {
  it('judges a SCORM 2004 SCO that reports only score and progress, at every commit, and keeps it judged', async () => {
    const imported = await importPackage(trainer, judgedByLmsPackage({ id: 'com.example.conformance.story' }));
    expect(imported.status).toBe('published');
    const sco = await openSco(imported.courseId!);
    expect(sco.state).toMatchObject({ 'cmi.scaled_passing_score': '0.8', 'cmi.completion_threshold': '0.9' });

    // Half-way: a good score so far and half the slides seen, as the autocommit hands it over (no Terminate).
    await sco.commit({ 'cmi.score.scaled': '0.85', 'cmi.progress_measure': '0.5', 'cmi.completion_status': 'completed' });
    expect(await stored(sco.attemptId)).toMatchObject({ success_status: 'passed', completion_status: 'incomplete' });
    // A wrong answer brings the score under the pass mark; the rest of the slides are seen.
    await sco.commit({ 'cmi.score.scaled': '0.7', 'cmi.progress_measure': '1' });
    expect(await stored(sco.attemptId)).toMatchObject({ success_status: 'failed', completion_status: 'completed', score_scaled: 0.7 });
    // The SCO claiming "passed" does not beat its score; a later score over the mark does.
    await sco.commit({ 'cmi.success_status': 'passed' });
    expect((await stored(sco.attemptId)).success_status).toBe('failed');
    await sco.commit({ 'cmi.score.scaled': '0.9', 'cmi.session_time': 'PT2M' });
    const final = await stored(sco.attemptId);
    expect(final).toMatchObject({ success_status: 'passed', completion_status: 'completed' });
    // What the SCO wrote is kept as it wrote it; only the report columns are the LMS's judgement.
    expect(final.cmi['cmi.completion_status']).toBe('completed');
  });

  it('keeps a SCORM 2004 SCO that reports passed without a score passed, and resumes it so', async () => {
    const imported = await importPackage(trainer, judgedByLmsPackage({ id: 'com.example.conformance.self-judged' }));
    const sco = await openSco(imported.courseId!);
    await sco.commit({ 'cmi.success_status': 'passed', 'cmi.completion_status': 'completed', 'cmi.exit': 'suspend' });
    expect(await stored(sco.attemptId)).toMatchObject({ success_status: 'passed', completion_status: 'completed' });
    expect((await sco.open()).state).toMatchObject({ 'cmi.success_status': 'passed', 'cmi.entry': 'resume' });
  });

  it('turns a SCORM 1.2 SCO that says "completed" with a raw score into passed or failed by the mastery score', async () => {
    const imported = await importPackage(trainer, masteryScore12Package({ id: 'com.example.conformance.quiz-12' }));
    const pass = await openSco(imported.courseId!);
    await pass.commit({ 'cmi.core.score.raw': '85' });
    expect((await stored(pass.attemptId)).success_status).toBe('unknown');
    await pass.commit({ 'cmi.core.lesson_status': 'completed' });
    expect(await stored(pass.attemptId)).toMatchObject({ success_status: 'passed', completion_status: 'completed' });
    const fail = await openSco(imported.courseId!);
    await fail.commit({ 'cmi.core.score.raw': '60', 'cmi.core.lesson_status': 'completed' });
    expect((await stored(fail.attemptId)).success_status).toBe('failed');
  });
});

describe('manifest objectives in the runtime', () => {
  it('puts every declared objective into cmi.objectives, stores what the SCO writes there and resumes it', async () => {
    const imported = await importPackage(trainer, objectivesPackage('com.example.conformance.objectives'));
    expect(imported.status).toBe('published');
    const sco = await openSco(imported.courseId!);
    expect(sco.state).toMatchObject({
      'cmi.objectives.0.id': 'lesson-done',
      'cmi.objectives.1.id': 'names-bias',
      'cmi.objectives.2.id': 'plans-response',
    });
    // A SCO that finds "names-bias" by id writes its result there, as the player hands it over.
    await sco.commit({
      'cmi.objectives.1.id': 'names-bias',
      'cmi.objectives.1.success_status': 'passed',
      'cmi.objectives.1.score.scaled': '0.9',
      'cmi.exit': 'suspend',
    });
    expect((await stored(sco.attemptId)).cmi).toMatchObject({ 'cmi.objectives.1.success_status': 'passed' });
    const resumed = (await sco.open()).state;
    expect(resumed).toMatchObject({
      'cmi.objectives.0.id': 'lesson-done',
      'cmi.objectives.1.id': 'names-bias',
      'cmi.objectives.1.success_status': 'passed',
      'cmi.objectives.1.score.scaled': '0.9',
      'cmi.objectives.2.id': 'plans-response',
    });
    expect(resumed['cmi.objectives.3.id']).toBeUndefined();
  });
});

describe('the catalogue of packages', () => {
  type Entry = { id: string; title: string; description: string; scormVersion: string | null; scormEdition: string | null };
  const catalogue = async () => (await trainer.ok<{ catalogue: Entry[] }>(CATALOGUE)).catalogue;

  it("shows the manifest's description, inline or from its metadata file, and the title only when there is none", async () => {
    const inline = await importPackage(
      trainer,
      judgedByLmsPackage({ id: 'com.example.conformance.described', description: 'Practise naming bias when you see it.' }),
    );
    const fromFile = await importPackage(
      trainer,
      masteryScore12Package({
        id: 'com.example.conformance.described-12',
        metadataFile: { path: 'metadata/course.xml', description: 'A short quiz on welcoming newcomers.' },
      }),
    );
    const none = await importPackage(
      trainer,
      masteryScore12Package({ id: 'com.example.conformance.undescribed', title: 'No description' }),
    );
    const entries = await catalogue();
    const find = (id: string | null) => entries.find((e) => e.id === id);
    expect(find(inline.courseId)).toMatchObject({
      description: 'Practise naming bias when you see it.',
      scormVersion: '2004',
      scormEdition: '4th',
    });
    expect(find(fromFile.courseId)).toMatchObject({
      description: 'A short quiz on welcoming newcomers.',
      scormVersion: '1.2',
      scormEdition: null,
    });
    expect(find(none.courseId)?.description).toBe('No description');
  });

  it('keeps the SCORM 1.2 and 2004 variants of one course apart, each with its version', async () => {
    const id = 'com.example.conformance.both-versions';
    const first12 = await importPackage(trainer, masteryScore12Package({ id, title: 'Both versions' }));
    const then2004 = await importPackage(trainer, judgedByLmsPackage({ id, title: 'Both versions' }));
    expect(then2004.problems).toEqual([]);
    expect(first12.courseId).toBe('scorm-com-example-conformance-both-versions');
    expect(then2004.courseId).toBe('scorm-com-example-conformance-both-versions-scorm-2004');
    expect([first12.courseVersion, then2004.courseVersion]).toEqual([1, 1]);
    // A changed 2004 upload is a new version of the 2004 course, not of the 1.2 one.
    const again2004 = await importPackage(trainer, judgedByLmsPackage({ id, title: 'Both versions', description: 'Revised.' }));
    expect(again2004).toMatchObject({ courseId: then2004.courseId, courseVersion: 2 });
    const versions = (await catalogue()).filter((e) => e.title === 'Both versions').map((e) => e.scormVersion);
    expect(versions.sort()).toEqual(['1.2', '2004']);
  });

  it('gives two long identifiers that differ only after 60 characters two courses', async () => {
    const stem = 'org.example.community-learning.anti-racism-workshops.responding-in-class';
    const a = await importPackage(trainer, masteryScore12Package({ id: `${stem}.part-one`, title: 'Part one' }));
    const b = await importPackage(trainer, masteryScore12Package({ id: `${stem}.part-two`, title: 'Part two' }));
    expect(a.courseId).not.toBe(b.courseId);
    expect([a.courseVersion, b.courseVersion]).toEqual([1, 1]);
    expect(a.courseId).toMatch(/^scorm-org-example-community-learning-anti-racism-worksh-[0-9a-f]{10}$/);
  });

  it('keeps publishing to a course whose id was cut at 60 characters by an earlier version', async () => {
    const identifier = 'org.example.community-learning.welcoming-newcomers-to-the-north.module-one';
    const legacyId = 'scorm-org-example-community-learning-welcoming-newcomers-to-the-no';
    // A course published before long identifiers were hashed: the id cut at 60 characters, and content
    // that does not record the manifest identifier. Made here by moving a fresh import's version there.
    const first = await importPackage(trainer, masteryScore12Package({ id: identifier, title: 'Welcoming' }));
    await stack.db.query(
      `insert into course (id, organisation_id, created_at) select $2, organisation_id, created_at from course where id = $1`,
      [first.courseId, legacyId],
    );
    await stack.db.query(
      `update course_version set course_id = $2::text, content = jsonb_set(content #- '{scorm,manifestIdentifier}', '{id}', to_jsonb($2::text)) where course_id = $1`,
      [first.courseId, legacyId],
    );
    await stack.db.query(`delete from course where id = $1`, [first.courseId]);
    const again = await importPackage(
      trainer,
      masteryScore12Package({ id: identifier, title: 'Welcoming', description: 'Now described.' }),
    );
    expect(again).toMatchObject({ courseId: legacyId, courseVersion: 2 });
  });
});

describe('import warnings', () => {
  it('names each manifest feature the platform does not apply', async () => {
    const imported = await importPackage(trainer, unappliedFeaturesPackage('com.example.conformance.unapplied'));
    expect(imported.status).toBe('published');
    // rollupProgressCompletion is the sequencing engine's, so it is not among them.
    expect(imported.warnings.filter((w) => /rollupProgressCompletion/.test(w))).toEqual([]);
    expect(imported.warnings).toEqual(
      expect.arrayContaining(['The package has 2 organizations (tables of contents); only the default one is offered.']),
    );
    // Shared data (adlcp:data) is kept and given to the SCOs that map it, so it is not among them either.
    expect(imported.warnings.filter((w) => /shared|adlcp:data/.test(w))).toEqual([]);
    // What happens when time runs out is the SCO's to apply: it is given the manifest's words.
    const sco = await openSco(imported.courseId!);
    expect(sco.state['cmi.time_limit_action']).toBe('exit,message');
  });
});
