import { randomBytes } from 'node:crypto';
import { ApiClient } from './graphql-client.js';

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { viewer { id displayName } } }`;
export const ENROL = `mutation Enrol($courseId: ID!) { enrol(courseId: $courseId) { id totalUnits units { unitId } } }`;
export const LAUNCH = `mutation Launch($e: ID!, $u: ID!) { launchUnit(enrolmentId: $e, unitId: $u) { attempt { id seq completionStatus location suspendData totalTime } } }`;
export const COMMIT = `mutation Commit($input: CommitInput!) { commitAttempt(input: $input) { applied courseCompleted attempt { seq completionStatus successStatus scoreScaled location suspendData totalTime } } }`;

export const SEEDED_COURSE = 'getting-started';

/** A new learner, signed up and logged in, with made-up details. */
export async function makeLearner(apiUrl: string, overrides: { displayName?: string; address?: string } = {}) {
  const client = new ApiClient(apiUrl, overrides.address);
  const email = `learner-${randomBytes(5).toString('hex')}@example.test`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const displayName = overrides.displayName ?? 'Test Learner';
  const data = await client.ok<{ signUp: { viewer: { id: string } } }>(SIGN_UP, { input: { email, displayName, password } });
  return { client, email, password, displayName, userId: data.signUp.viewer.id };
}

type Client = ApiClient;

export async function enrol(client: Client, courseId = SEEDED_COURSE) {
  const data = await client.ok<{ enrol: { id: string; units: { unitId: string }[] } }>(ENROL, { courseId });
  return { enrolmentId: data.enrol.id, unitIds: data.enrol.units.map((u) => u.unitId) };
}

export async function launch(client: Client, enrolmentId: string, unitId: string) {
  const data = await client.ok<{ launchUnit: { attempt: { id: string; seq: number } } }>(LAUNCH, { e: enrolmentId, u: unitId });
  return data.launchUnit.attempt;
}

/** Completes every unit of the enrolment through the tracking model, as the player does. */
export async function completeCourse(client: Client, enrolmentId: string, unitIds: string[]) {
  let courseCompleted = false;
  for (const unitId of unitIds) {
    const attempt = await launch(client, enrolmentId, unitId);
    const values = [
      { element: 'cmi.completion_status', value: 'completed' },
      { element: 'cmi.session_time', value: 'PT20S' },
    ];
    const data = await client.ok<{ commitAttempt: { courseCompleted: boolean } }>(COMMIT, {
      input: { attemptId: attempt.id, seq: attempt.seq + 1, sessionId: 'test-session', values },
    });
    courseCompleted ||= data.commitAttempt.courseCompleted;
  }
  return courseCompleted;
}
