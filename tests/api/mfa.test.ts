import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { makeLearner } from '../support/learner.js';
import { LOGIN_STEP_ONE, LOGIN_STEP_TWO, nextTotpCode, totpCode } from '../support/second-factor.js';
import { startStack, type Stack } from '../support/stack.js';

const BEGIN = `mutation { beginSecondFactorEnrolment { secret uri qrDataUrl } }`;
const CONFIRM = `mutation Confirm($code: String!) { confirmSecondFactorEnrolment(code: $code) }`;
const STATUS = `{ mySecondFactor { enrolled required recoveryCodesLeft } me { can { importPackages secondFactorNeeded } } }`;
const TURN_OFF = `mutation Off($code: String!) { turnOffSecondFactor(code: $code) }`;
const ME = `{ me { id } }`;

interface Status {
  mySecondFactor: { enrolled: boolean; required: boolean; recoveryCodesLeft: number };
  me: { can: { importPackages: boolean; secondFactorNeeded: boolean } };
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

/** A learner with an authenticator set up; answers the secret and the recovery codes. */
async function enrolledLearner() {
  const learner = await makeLearner(stack.apiUrl);
  const { beginSecondFactorEnrolment: begun } = await learner.client.ok<{ beginSecondFactorEnrolment: { secret: string } }>(BEGIN);
  const { confirmSecondFactorEnrolment: recoveryCodes } = await learner.client.ok<{ confirmSecondFactorEnrolment: string[] }>(CONFIRM, {
    code: await totpCode(begun.secret),
  });
  return { ...learner, secret: begun.secret, recoveryCodes };
}

/** The first step of a log-in, expected to ask for the second factor: answers the challenge. */
async function passwordStep(client: ApiClient, email: string, password: string): Promise<string> {
  const res = await client.gql(LOGIN_STEP_ONE, { input: { email, password } });
  expect(res.errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
  return res.errors?.[0]?.extensions?.challenge as string;
}

describe('two-step log-in (TOTP)', () => {
  it('enrols with a QR code and a text secret, refusing a wrong first code', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { beginSecondFactorEnrolment: begun } = await learner.client.ok<{
      beginSecondFactorEnrolment: { secret: string; uri: string; qrDataUrl: string };
    }>(BEGIN);
    expect(begun.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(begun.uri).toBe(`otpauth://totp/Kinship:${encodeURIComponent(learner.email)}?secret=${begun.secret}&issuer=Kinship`);
    expect(begun.qrDataUrl).toMatch(/^data:image\/png;base64,/);

    const wrong = await learner.client.gql(CONFIRM, { code: '000000' === (await totpCode(begun.secret)) ? '111111' : '000000' });
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_CODE_WRONG');
    expect((await learner.client.ok<Status>(STATUS)).mySecondFactor.enrolled).toBe(false);

    const { confirmSecondFactorEnrolment: codes } = await learner.client.ok<{ confirmSecondFactorEnrolment: string[] }>(CONFIRM, {
      code: await totpCode(begun.secret),
    });
    expect(codes).toHaveLength(10);
    expect((await learner.client.ok<Status>(STATUS)).mySecondFactor).toEqual({ enrolled: true, required: false, recoveryCodesLeft: 10 });
    // Recovery codes are kept as hashes only.
    const { rows } = await stack.db.query<{ code_hash: string }>('select code_hash from mfa_recovery_code where user_id = $1', [
      learner.userId,
    ]);
    expect(rows).toHaveLength(10);
    for (const code of codes) expect(rows.map((r) => r.code_hash).join()).not.toContain(code.replace(/-/g, ''));
  });

  it('asks for the code after the password, and starts no session before it', async () => {
    const learner = await enrolledLearner();
    const browser = new ApiClient(stack.apiUrl, '10.1.0.1');
    const challenge = await passwordStep(browser, learner.email, learner.password);
    expect(browser.cookieHeader).toBe('');
    expect((await browser.ok<{ me: null }>(ME)).me).toBeNull();

    const wrong = await browser.gql(LOGIN_STEP_TWO, { input: { challenge, code: '12345x' } });
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_CODE_WRONG');
    expect((await browser.ok<{ me: null }>(ME)).me).toBeNull();

    await browser.ok(LOGIN_STEP_TWO, { input: { challenge, code: await nextTotpCode(learner.secret) } });
    expect((await browser.ok<{ me: { id: string } }>(ME)).me.id).toBe(learner.userId);
  });

  it('accepts each authenticator code once', async () => {
    const learner = await enrolledLearner();
    const code = await nextTotpCode(learner.secret);
    const first = new ApiClient(stack.apiUrl, '10.1.0.2');
    await first.ok(LOGIN_STEP_TWO, { input: { challenge: await passwordStep(first, learner.email, learner.password), code } });
    const replay = new ApiClient(stack.apiUrl, '10.1.0.3');
    const res = await replay.gql(LOGIN_STEP_TWO, {
      input: { challenge: await passwordStep(replay, learner.email, learner.password), code },
    });
    expect(res.errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_CODE_WRONG');
    expect((await replay.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('lets a lost phone be replaced by a recovery code, each good once', async () => {
    const learner = await enrolledLearner();
    const [recovery] = learner.recoveryCodes;
    const client = new ApiClient(stack.apiUrl, '10.1.0.4');
    await client.ok(LOGIN_STEP_TWO, {
      input: { challenge: await passwordStep(client, learner.email, learner.password), code: recovery!.toLowerCase() },
    });
    expect((await client.ok<Status>(STATUS)).mySecondFactor.recoveryCodesLeft).toBe(9);

    const again = new ApiClient(stack.apiUrl, '10.1.0.5');
    const res = await again.gql(LOGIN_STEP_TWO, {
      input: { challenge: await passwordStep(again, learner.email, learner.password), code: recovery },
    });
    expect(res.errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_CODE_WRONG');
  });

  it('ends a challenge after five wrong codes: the password must be given again', async () => {
    const learner = await enrolledLearner();
    const client = new ApiClient(stack.apiUrl, '10.1.0.6');
    const challenge = await passwordStep(client, learner.email, learner.password);
    for (let i = 0; i < 5; i++) await client.gql(LOGIN_STEP_TWO, { input: { challenge, code: 'AAAA-AAAA-AAAA' } });
    const res = await client.gql(LOGIN_STEP_TWO, { input: { challenge, code: await totpCode(learner.secret) } });
    expect(res.errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_CHALLENGE_EXPIRED');
  });

  it('holds back a trainer role until the person sets up two-step log-in, then grants it in that session', async () => {
    const learner = await makeLearner(stack.apiUrl);
    await stack.db.query(
      `insert into membership (id, user_id, organisation_id, role, created_at)
       select gen_random_uuid(), $1, id, 'trainer', now() from organisation where slug = 'community'`,
      [learner.userId],
    );
    // A fresh log-in, so that no api process still remembers the session from before the new role.
    const client = new ApiClient(stack.apiUrl, '10.1.0.8');
    await client.ok(LOGIN_STEP_ONE, { input: { email: learner.email, password: learner.password } });
    const before = await client.ok<Status>(STATUS);
    expect(before.me.can).toEqual({ importPackages: false, secondFactorNeeded: true });
    expect(before.mySecondFactor.required).toBe(true);

    const { beginSecondFactorEnrolment: begun } = await client.ok<{ beginSecondFactorEnrolment: { secret: string } }>(BEGIN);
    await client.ok(CONFIRM, { code: await totpCode(begun.secret) });
    const after = await client.ok<Status>(STATUS);
    expect(after.me.can).toEqual({ importPackages: true, secondFactorNeeded: false });

    const off = await client.gql(TURN_OFF, { code: await nextTotpCode(begun.secret) });
    expect(off.errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_REQUIRED');
  });

  it('lets a learner turn it off with a current code', async () => {
    const learner = await enrolledLearner();
    expect((await learner.client.gql(TURN_OFF, { code: '000000' })).errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_CODE_WRONG');
    await learner.client.ok(TURN_OFF, { code: await nextTotpCode(learner.secret) });
    expect((await learner.client.ok<Status>(STATUS)).mySecondFactor.enrolled).toBe(false);
    const client = new ApiClient(stack.apiUrl, '10.1.0.7');
    await client.ok(LOGIN_STEP_ONE, { input: { email: learner.email, password: learner.password } });
  });
});
