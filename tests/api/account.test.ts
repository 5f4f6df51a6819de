import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { makeLearner, SIGN_UP } from '../support/learner.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { startStack, type Stack } from '../support/stack.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`;
const ME = `{ me { id email } }`;
const RESET_REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const SESSIONS = `{ mySessions { id device sharedComputer current lastUsedAt } }`;
const END_SESSION = `mutation($id: ID!) { endSession(id: $id) }`;
const EVERYWHERE = `mutation { logOutEverywhere }`;
const EMAIL_CHANGE = `mutation($input: EmailChangeInput!) { requestEmailChange(input: $input) }`;
const CONFIRM = `mutation($token: String!) { confirmEmail(token: $token) }`;

let smtp: TestSmtp;
let stack: Stack;
beforeAll(async () => {
  smtp = await startTestSmtp();
  stack = await startStack({ worker: true, env: { SMTP_URL: smtp.url } });
});
afterEach((context) => {
  if (context.task.result?.state === 'fail') console.error(stack.processes.worker?.output().slice(-3000));
});
afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

const reasonOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.reason;
const secretOf = (link: string) => link.split('/').pop()!;

async function logIn(email: string, password: string, extra: Record<string, unknown> = {}) {
  const client = new ApiClient(stack.apiUrl);
  await client.ok(LOGIN, { input: { email, password, ...extra } });
  return client;
}

async function resetLink(email: string) {
  await new ApiClient(stack.apiUrl).ok(RESET_REQUEST, { email });
  const mail = await smtp.waitFor(email, /Reset your Kinship password/);
  smtp.received.splice(smtp.received.indexOf(mail), 1);
  return secretOf(smtp.linkIn(mail, `${stack.webUrl}/reset-password/`));
}

describe('password reset', () => {
  it('answers the same whether or not an address has an account, and mails only real ones', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const anonymous = new ApiClient(stack.apiUrl);
    const known = await anonymous.gql(RESET_REQUEST, { email: learner.email });
    const unknown = await anonymous.gql(RESET_REQUEST, { email: 'nobody-here@example.test' });
    expect(known.raw).toBe(unknown.raw);
    await smtp.waitFor(learner.email, /Reset/);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.some((m) => m.to === 'nobody-here@example.test')).toBe(false);
  });

  it('sets a new password once per link, ends every session, and refuses weak passwords without using the link', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const secret = await resetLink(learner.email);
    const anonymous = new ApiClient(stack.apiUrl);
    const common = await anonymous.gql(RESET, { input: { token: secret, newPassword: 'qwertyuiop' } });
    expect(reasonOf(common)).toBe('PASSWORD_TOO_COMMON');
    expect(
      (await anonymous.ok<{ resetPassword: boolean }>(RESET, { input: { token: secret, newPassword: 'blue heron at dawn' } }))
        .resetPassword,
    ).toBe(true);
    expect((await learner.client.ok<{ me: null }>(ME)).me).toBeNull();
    const again = await anonymous.gql(RESET, { input: { token: secret, newPassword: 'another quiet morning' } });
    expect(reasonOf(again)).toBe('LINK_INVALID');
    await logIn(learner.email, 'blue heron at dawn');
    expect(
      (await new ApiClient(stack.apiUrl).gql(LOGIN, { input: { email: learner.email, password: learner.password } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a link after its hour', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const secret = await resetLink(learner.email);
    await stack.db.query(`update account_token set expires_at = now() - interval '1 second' where user_id = $1`, [learner.userId]);
    const late = await new ApiClient(stack.apiUrl).gql(RESET, { input: { token: secret, newPassword: 'blue heron at dawn' } });
    expect(reasonOf(late)).toBe('LINK_INVALID');
    await logIn(learner.email, learner.password);
  });
});

describe('password rules', () => {
  it('refuses common passwords, the e-mail or the name, and more than 128 characters, with reasons', async () => {
    const email = `rules-${Date.now()}@example.test`;
    const signUp = (password: string) =>
      new ApiClient(stack.apiUrl).gql(SIGN_UP, { input: { email, displayName: 'Tomasz Nowakowski', password } });
    expect(reasonOf(await signUp('1234567890'))).toBe('PASSWORD_TOO_COMMON');
    expect(reasonOf(await signUp(email))).toBe('PASSWORD_IS_IDENTITY');
    expect(reasonOf(await signUp('tomasz nowakowski'))).toBe('PASSWORD_IS_IDENTITY');
    expect(reasonOf(await signUp('x'.repeat(129)))).toBe('PASSWORD_TOO_BIG');
    expect(reasonOf(await signUp('short'))).toBe('PASSWORD_TOO_SMALL');
    const { rows } = await stack.db.query('select 1 from app_user where email = $1', [email]);
    expect(rows).toHaveLength(0);
    expect((await signUp('z'.repeat(128))).errors).toBeUndefined();
  });

  it('changes a password only with the current one, ending the other sessions', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const other = await logIn(learner.email, learner.password);
    const wrong = await learner.client.gql(CHANGE, { input: { currentPassword: 'not it at all', newPassword: 'a kettle singing softly' } });
    expect(reasonOf(wrong)).toBe('WRONG_PASSWORD');
    expect((await other.ok<{ me: { id: string } | null }>(ME)).me).not.toBeNull();
    await learner.client.ok(CHANGE, { input: { currentPassword: learner.password, newPassword: 'a kettle singing softly' } });
    expect((await learner.client.ok<{ me: { id: string } }>(ME)).me.id).toBe(learner.userId);
    expect((await other.ok<{ me: null }>(ME)).me).toBeNull();
    await smtp.waitFor(learner.email, /password was changed/);
  });
});

describe('sessions', () => {
  it('lists my sessions with their device, ends one, and logs out everywhere', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const phone = await logIn(learner.email, learner.password, { device: 'Mozilla/5.0 (Android 14) Firefox/140.0' });
    const library = await logIn(learner.email, learner.password, { sharedComputer: true, device: 'Library computer' });
    const list = (
      await learner.client.ok<{ mySessions: { id: string; device: string; sharedComputer: boolean; current: boolean }[] }>(SESSIONS)
    ).mySessions;
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(list.find((s) => s.device === 'Library computer')?.sharedComputer).toBe(true);
    const phoneSession = list.find((s) => s.device.includes('Android'))!;
    await learner.client.ok(END_SESSION, { id: phoneSession.id });
    expect((await phone.ok<{ me: null }>(ME)).me).toBeNull();

    const stranger = await makeLearner(stack.apiUrl);
    const foreign = list.find((s) => s.device === 'Library computer')!;
    expect((await stranger.client.gql(END_SESSION, { id: foreign.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await library.ok<{ me: { id: string } }>(ME)).me.id).toBe(learner.userId);

    await learner.client.ok(EVERYWHERE);
    expect((await library.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await learner.client.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('gives a shared-computer log-in a cookie without expiry, and ends idle sessions', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const res = await fetch(`${stack.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email: learner.email, password: learner.password, sharedComputer: true } },
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/kinship_session=/);
    expect(cookie).not.toMatch(/Expires=/i);
    expect(learner.client.cookieHeader).toMatch(/kinship_session=/);

    const idle = await logIn(learner.email, learner.password);
    await stack.db.query(`update session set last_used_at = now() - interval '4 days' where user_id = $1`, [learner.userId]);
    await new Promise((r) => setTimeout(r, 5500)); // past the api's short session cache
    expect((await idle.ok<{ me: null }>(ME)).me).toBeNull();
  });
});

describe('e-mail change', () => {
  it('asks for the password, confirms at the new address, and tells the old one', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const newEmail = `moved-${Date.now()}@example.test`;
    const wrong = await learner.client.gql(EMAIL_CHANGE, { input: { newEmail, password: 'not my password' } });
    expect(reasonOf(wrong)).toBe('WRONG_PASSWORD');
    await learner.client.ok(EMAIL_CHANGE, { input: { newEmail, password: learner.password } });
    const mail = await smtp.waitFor(newEmail, /new e-mail address/);
    expect((await learner.client.ok<{ me: { email: string } }>(ME)).me.email).toBe(learner.email);
    const token = secretOf(smtp.linkIn(mail, `${stack.webUrl}/verify-email/`));
    expect((await new ApiClient(stack.apiUrl).ok<{ confirmEmail: string }>(CONFIRM, { token })).confirmEmail).toBe('changed');
    const notice = await smtp.waitFor(learner.email, /was changed/);
    expect(notice.text).toContain(newEmail);
    await logIn(newEmail, learner.password);
  });
});
