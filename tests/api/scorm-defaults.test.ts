import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetsPackage, packageOf, silentPackage, silentPage, unloadWriterPackage } from '../support/authoring-tool-packages.js';
import { ApiClient } from '../support/graphql-client.js';
import { COMMIT, enrol, makeLearner, SEEDED_COURSE } from '../support/learner.js';
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

const LAUNCH = `mutation($e: ID!, $u: ID!) { launchUnit(enrolmentId: $e, unitId: $u) {
  attempt { id seq completionStatus } unit { sco { launchUrl } } } }`;

interface Launched {
  attemptId: string;
  completionStatus: string;
  launchUrl: string;
}

async function launch(client: ApiClient, enrolmentId: string, unitId: string): Promise<Launched> {
  const { launchUnit } = await client.ok<{
    launchUnit: { attempt: { id: string; completionStatus: string }; unit: { sco: { launchUrl: string } | null } };
  }>(LAUNCH, { e: enrolmentId, u: unitId });
  return {
    attemptId: launchUnit.attempt.id,
    completionStatus: launchUnit.attempt.completionStatus,
    launchUrl: launchUnit.unit.sco?.launchUrl ?? '',
  };
}

function commit(client: ApiClient, attemptId: string, seq: number, values: Record<string, string>, sessionId = 'host-sitting-1') {
  const list = Object.entries(values).map(([element, value]) => ({ element, value }));
  return client.gql<{ commitAttempt: { courseCompleted: boolean } }>(COMMIT, { input: { attemptId, seq, sessionId, values: list } });
}

async function stored(attemptId: string) {
  const { rows } = await stack.db.query<{
    cmi: Record<string, string>;
    completion_status: string;
    success_status: string;
    total_seconds: number;
  }>('select cmi, completion_status, success_status, total_seconds from attempt where id = $1', [attemptId]);
  return rows[0]!;
}

async function enrolled(zip: Buffer) {
  const { courseId } = await importPackage(trainer, zip);
  const learner = await makeLearner(stack.apiUrl);
  const { enrolmentId, unitIds } = await enrol(learner.client, courseId!);
  return { learner, enrolmentId, unitIds, courseId: courseId! };
}

async function completedAt(enrolmentId: string) {
  const { rows } = await stack.db.query<{ completed_at: Date | null }>('select completed_at from enrolment where id = $1', [enrolmentId]);
  return rows[0]?.completed_at ?? null;
}

describe('statuses the platform sets when content sets none', () => {
  it('SCORM 1.2: a SCO that finishes without a status is completed, and so is its course', async () => {
    const { learner, enrolmentId, unitIds } = await enrolled(silentPackage('1.2'));
    const { attemptId } = await launch(learner.client, enrolmentId, unitIds[0]!);
    // The host page's closing commit: what changed, cmi.core.exit as left, and that LMSFinish was called.
    const res = await commit(learner.client, attemptId, 1, { 'cmi.core.exit': '', 'kinship.session_end': 'terminate' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.commitAttempt.courseCompleted).toBe(true);
    const attempt = await stored(attemptId);
    expect(attempt).toMatchObject({ completion_status: 'completed', success_status: 'unknown' });
    // The report is never stored as if it were CMI.
    expect(attempt.cmi).not.toHaveProperty('kinship.session_end');
    expect(await completedAt(enrolmentId)).not.toBeNull();
  });

  it('SCORM 1.2: a status the SCO set is left as it is', async () => {
    const { learner, enrolmentId, unitIds } = await enrolled(silentPackage('1.2'));
    const { attemptId } = await launch(learner.client, enrolmentId, unitIds[0]!);
    await commit(learner.client, attemptId, 1, { 'cmi.core.lesson_status': 'incomplete', 'kinship.session_end': 'terminate' });
    expect(await stored(attemptId)).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown' });
    expect(await completedAt(enrolmentId)).toBeNull();
  });

  it('SCORM 2004: the attempt that ends (not suspended) is completed and satisfied, by the default delivery controls', async () => {
    const { learner, enrolmentId, unitIds } = await enrolled(silentPackage('2004'));
    const { attemptId } = await launch(learner.client, enrolmentId, unitIds[0]!);
    // Suspended: the attempt has not ended, so nothing is set for it.
    await commit(learner.client, attemptId, 1, { 'cmi.exit': 'suspend', 'kinship.session_end': 'terminate' });
    expect(await stored(attemptId)).toMatchObject({ completion_status: 'not attempted', success_status: 'unknown' });
    // Left without Terminate: not an end in SCORM 2004 either.
    await commit(learner.client, attemptId, 1, { 'cmi.exit': '', 'kinship.session_end': 'leave' }, 'host-sitting-2');
    expect(await stored(attemptId)).toMatchObject({ completion_status: 'not attempted', success_status: 'unknown' });
    const res = await commit(learner.client, attemptId, 1, { 'cmi.exit': '', 'kinship.session_end': 'terminate' }, 'host-sitting-3');
    expect(res.data?.commitAttempt.courseCompleted).toBe(true);
    expect(await stored(attemptId)).toMatchObject({ completion_status: 'completed', success_status: 'passed' });
  });

  it('SCORM 2004: a package that sets its own completion and satisfaction is never completed by the platform', async () => {
    const zip = packageOf(
      '2004',
      'com.example.authoring.sets-its-own',
      'Sets its own status',
      [{ id: 'page', title: 'Own status', href: 'page.html', scormType: 'sco', setByContent: { completion: true, objective: true } }],
      { 'page.html': silentPage('2004', 'Own status') },
    );
    const { learner, enrolmentId, unitIds } = await enrolled(zip);
    const { attemptId } = await launch(learner.client, enrolmentId, unitIds[0]!);
    await commit(learner.client, attemptId, 1, { 'cmi.exit': '', 'kinship.session_end': 'terminate' });
    expect(await stored(attemptId)).toMatchObject({ completion_status: 'not attempted', success_status: 'unknown' });
    expect(await completedAt(enrolmentId)).toBeNull();
  });

  it('an asset is complete when it is opened; a course of assets completes when each has been opened', async () => {
    const { learner, enrolmentId, unitIds } = await enrolled(assetsPackage());
    expect(unitIds).toHaveLength(3);
    for (const [index, unitId] of unitIds.entries()) {
      const first = await launch(learner.client, enrolmentId, unitId);
      expect(first.completionStatus).toBe('completed');
      // Opened again: still one completion, no second commit.
      await launch(learner.client, enrolmentId, unitId);
      expect(await completedAt(enrolmentId)).toSatisfy((at: Date | null) => (index === 2 ? at !== null : at === null));
    }
    const { rows } = await stack.db.query<{ seq: number }>('select seq from attempt where enrolment_id = $1', [enrolmentId]);
    expect(rows.map((r) => r.seq)).toEqual([1, 1, 1]);
  });

  it('a client cannot report a session end where its kind has none, nor number commits in the platform’s sitting', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId, unitIds } = await enrol(learner.client, SEEDED_COURSE);
    const lesson = await launch(learner.client, enrolmentId, unitIds[0]!);
    const refused = await commit(learner.client, lesson.attemptId, 1, {
      'cmi.completion_status': 'completed',
      'kinship.session_end': 'terminate',
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CMI_ERROR', cmiErrorCode: 401, element: 'kinship.session_end' });
    expect(await stored(lesson.attemptId)).toMatchObject({ completion_status: 'not attempted' });

    const { learner: other, enrolmentId: scoEnrolment, unitIds: scoUnits } = await enrolled(silentPackage('2004'));
    const sco = await launch(other.client, scoEnrolment, scoUnits[0]!);
    const badReport = await commit(other.client, sco.attemptId, 1, { 'kinship.session_end': 'finished' });
    expect(badReport.errors?.[0]?.extensions).toMatchObject({ code: 'CMI_ERROR', element: 'kinship.session_end' });
    const platformSitting = await commit(other.client, sco.attemptId, 5, { 'cmi.completion_status': 'incomplete' }, 'lms:launch');
    expect(platformSitting.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await stored(sco.attemptId)).toMatchObject({ completion_status: 'not attempted', cmi: {} });
  });
});

describe('the closing commit the host page sends itself', () => {
  async function closingCommit(launchUrl: string, body: unknown) {
    return fetch(new URL('/runtime/commit', launchUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('stores a commit carrying the attempt’s token, once, and refuses a forged or misdirected one', async () => {
    const { learner, enrolmentId, unitIds } = await enrolled(unloadWriterPackage('2004'));
    const slides = await launch(learner.client, enrolmentId, unitIds[1]!);
    const token = new URL(slides.launchUrl).hash.replace(/^#commit=/, '');
    expect(token).toMatch(/^[0-9a-f-]{36}\.[0-9a-f-]{36}\.\d+\.[A-Za-z0-9_-]{43}$/);
    const values = { 'cmi.exit': 'suspend', 'cmi.session_time': 'PT1M30S', 'cmi.location': 'slide-3', 'kinship.session_end': 'terminate' };
    const commitBody = { attemptId: slides.attemptId, seq: 4, sessionId: 'host-sitting', values };
    const first = await closingCommit(slides.launchUrl, { token, commit: commitBody });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ applied: true });
    // The same commit through the platform page's queue afterwards: acknowledged, not applied twice.
    const again = await commit(learner.client, slides.attemptId, 4, values, 'host-sitting');
    expect(again.errors).toBeUndefined();
    expect(await stored(slides.attemptId)).toMatchObject({ total_seconds: 90, cmi: { 'cmi.exit': 'suspend', 'cmi.location': 'slide-3' } });

    const forged = `${token.slice(0, -4)}AAAA`;
    expect((await closingCommit(slides.launchUrl, { token: forged, commit: { ...commitBody, seq: 5 } })).status).toBe(401);
    const intro = await launch(learner.client, enrolmentId, unitIds[0]!);
    const misdirected = await closingCommit(slides.launchUrl, { token, commit: { ...commitBody, attemptId: intro.attemptId, seq: 5 } });
    expect(misdirected.status).toBe(404);
    const badValue = await closingCommit(slides.launchUrl, {
      token,
      commit: { ...commitBody, seq: 6, values: { 'cmi.score.scaled': '3' } },
    });
    expect(badValue.status).toBe(400);
    expect(await badValue.json()).toMatchObject({ error: { code: 'CMI_ERROR', cmiErrorCode: 407 } });
    expect(await stored(slides.attemptId)).toMatchObject({ total_seconds: 90 });
  });
});

describe('package files are served in the charset they declare', () => {
  it('sends a declared charset, and none at all for a file that declares none', async () => {
    const { learner, enrolmentId, unitIds } = await enrolled(assetsPackage());
    const { launchUrl } = await launch(learner.client, enrolmentId, unitIds[1]!);
    const base = launchUrl.replace(/__kinship_host\.html.*$/, '');
    const declared = await fetch(`${base}pages/history.htm`);
    expect(declared.headers.get('content-type')).toBe('text/html; charset=windows-1252');
    const bytes = Buffer.from(await declared.arrayBuffer());
    expect(new TextDecoder('windows-1252').decode(bytes)).toContain('Café “talks” — naïve');
    const undeclared = await fetch(`${base}pages/undeclared.html`);
    expect(undeclared.headers.get('content-type')).toBe('text/html');
    const utf8 = await fetch(`${base}pages/welcome.html`);
    expect(utf8.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    const manifest = await fetch(`${base}imsmanifest.xml`);
    expect(manifest.headers.get('content-type')).not.toContain('charset');
  });
});
