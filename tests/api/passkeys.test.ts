import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { makeLearner } from '../support/learner.js';
import { LOGIN_STEP_ONE } from '../support/second-factor.js';
import { startStack, type Stack } from '../support/stack.js';

const OPTIONS = `mutation($challenge: String!) { passkeyLoginOptions(challenge: $challenge) }`;
const LOGIN = `mutation($challenge: String!, $response: String!) { loginWithPasskey(challenge: $challenge, response: $response) { viewer { id } } }`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

/** The demo trainer's password step: a challenge for the second step. */
async function challengeFor(client: ApiClient): Promise<string> {
  const first = await client.gql(LOGIN_STEP_ONE, { input: { email: 'trainer@demo.kinship.test', password: 'kinship-demo-password' } });
  expect(first.errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
  return first.errors![0]!.extensions!.challenge as string;
}

describe('passkeys (the checks a browser cannot show)', () => {
  it('are added only beside an authenticator app', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const res = await learner.client.gql(`mutation { beginPasskeyRegistration }`);
    expect(res.errors?.[0]?.extensions?.reason).toBe('PASSKEY_NEEDS_AUTHENTICATOR');
  });

  it('refuse a forged answer at log-in, with no session, counting it against the challenge', async () => {
    const client = new ApiClient(stack.apiUrl, '192.0.2.77');
    const challenge = await challengeFor(client);
    // The trainer has no passkey yet: asking for options says so.
    expect((await client.gql(OPTIONS, { challenge })).errors?.[0]?.extensions?.reason).toBe('PASSKEY_NONE');
    const forged = JSON.stringify({ id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: {}, clientExtensionResults: {} });
    for (const response of [forged, 'not json']) {
      const res = await client.gql(LOGIN, { challenge, response });
      expect(res.errors?.[0]?.extensions?.reason, response).toBe('PASSKEY_NOT_ACCEPTED');
    }
    expect((await client.ok<{ me: null }>(`{ me { id } }`)).me).toBeNull();
    const { rows } = await stack.db.query<{ failures: number }>(
      `select failures from mfa_login_challenge c join app_user u on u.id = c.user_id where u.email = 'trainer@demo.kinship.test'`,
    );
    expect(rows.map((r) => r.failures)).toContain(2);
  });
});
