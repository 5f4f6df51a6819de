import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { makeLearner, SIGN_UP } from '../support/learner.js';
import { startPausableProxy, type PausableProxy } from '../support/pausable-proxy.js';
import { redisUrl } from '../support/services.js';
import { startStack, type Stack } from '../support/stack.js';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { viewer { id } } }`;
const RESET = `mutation Reset($email: String!) { requestPasswordReset(email: $email) }`;

// The api reaches Redis through a proxy that one test cuts off; limits are small so the tests stay short.
let proxy: PausableProxy;
let stack: Stack;
beforeAll(async () => {
  proxy = await startPausableProxy(new URL(redisUrl));
  stack = await startStack({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_SLOWDOWN_AFTER: '4' }, apiEnv: { REDIS_URL: proxy.url } });
});
afterAll(async () => {
  await stack?.stop();
  await proxy?.close();
});

const login = (from: string, email: string, password: string) =>
  new ApiClient(stack.apiUrl, from).gql(LOGIN, { input: { email, password } });
const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe('log-in limits', () => {
  it('slows an account down when guesses come from many addresses, without locking its owner out', async () => {
    const learner = await makeLearner(stack.apiUrl);
    for (let i = 1; i <= 4; i++) expect(codeOf(await login(`198.51.100.${i}`, learner.email, `guess-${i}`))).toBe('INVALID_CREDENTIALS');
    // A fifth address, and even the right password, must wait: guessing across addresses is held back.
    const slowed = await login('198.51.100.50', learner.email, learner.password);
    expect(codeOf(slowed)).toBe('RATE_LIMITED');
    expect(slowed.errors?.[0]?.extensions?.reason).toBe('LOGIN_SLOWED_DOWN');
    const seconds = slowed.errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(2);
    // A pause of seconds, not a lock: once it is over the owner logs in.
    await sleep(seconds * 1000 + 200);
    expect((await login('198.51.100.60', learner.email, learner.password)).errors).toBeUndefined();
  });

  it('counts IPv6 addresses by their /64, so hopping inside it gains nothing', async () => {
    const learner = await makeLearner(stack.apiUrl);
    for (const host of ['1', '2', 'beef'])
      expect(codeOf(await login(`2001:db8:5:5::${host}`, learner.email, 'wrong password'))).toBe('INVALID_CREDENTIALS');
    const blocked = await login('2001:db8:5:5:ffff:1:2:3', learner.email, learner.password);
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.message).toMatch(/Too many failed logins/);
    // Another /64 (another household) is another address.
    expect((await login('2001:db8:5:6::1', learner.email, learner.password)).errors).toBeUndefined();
  });
});

describe('sign-up and password reset limits', () => {
  it('refuses sign-ups from an address that keeps meeting taken e-mails, whatever it tries next', async () => {
    const taken = await makeLearner(stack.apiUrl);
    const prober = new ApiClient(stack.apiUrl, '203.0.113.9');
    const signUp = (email: string) => prober.gql(SIGN_UP, { input: { email, displayName: 'Prober', password: 'a long enough password' } });
    for (let i = 0; i < 3; i++) expect(codeOf(await signUp(taken.email))).toBe('EMAIL_TAKEN');
    const refused = await signUp('someone-new@example.test');
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('TOO_MANY_REQUESTS');
    const { rows } = await stack.db.query('select 1 from app_user where email = $1', ['someone-new@example.test']);
    expect(rows).toHaveLength(0);
    // Other addresses sign up as before.
    await makeLearner(stack.apiUrl, { address: '203.0.113.10' });
  });

  it('limits reset requests per address (answered) and reset mails per mailbox (silently)', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const asker = new ApiClient(stack.apiUrl, '192.0.2.44');
    for (let i = 0; i < 6; i++)
      expect((await asker.ok<{ requestPasswordReset: boolean }>(RESET, { email: `nobody-${i}@example.test` })).requestPasswordReset).toBe(
        true,
      );
    const refused = await asker.gql(RESET, { email: learner.email });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('TOO_MANY_REQUESTS');

    // From five addresses, the mailbox still gets three links an hour: the same answer each time.
    for (let i = 0; i < 5; i++) await new ApiClient(stack.apiUrl, `192.0.2.${60 + i}`).ok(RESET, { email: learner.email });
    const links = async () =>
      (await stack.db.query(`select 1 from account_token where user_id = $1 and purpose = 'password_reset'`, [learner.userId])).rowCount;
    await expect.poll(links, { timeout: 10_000 }).toBe(3);
    // The requests are handled after answering; a quiet moment shows no fourth link follows.
    await sleep(500);
    expect(await links()).toBe(3);
  });
});

describe('display names at sign-up', () => {
  const signUp = (displayName: string) =>
    new ApiClient(stack.apiUrl, '192.0.2.90').gql<{ signUp: { viewer: { displayName: string } } }>(SIGN_UP, {
      input: { email: `name-${Math.random().toString(36).slice(2)}@example.test`, displayName, password: 'a long enough password' },
    });

  it('refuses bidi overrides, zero-width and control characters that let one person pass for another', async () => {
    for (const name of ['Admin\u202E nimdA', 'Ma\u200Bya', '\uFEFFMaya', 'Maya\u0007', 'Maya\u2066K\u2069']) {
      const res = await signUp(name);
      expect(codeOf(res), JSON.stringify(name)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.reason).toBe('NAME_INVISIBLE_OR_CONTROL');
    }
    const { rows } = await stack.db.query('select 1 from app_user where display_name ~ $1', ['[\u202E\u200B\uFEFF\u0007\u2066]']);
    expect(rows).toHaveLength(0);
  });

  it('keeps names of every script, normalised to NFC, and refuses over-long ones', async () => {
    const decomposed = 'Jose\u0301 Nu\u0301n\u0303ez';
    expect((await signUp(decomposed)).data?.signUp.viewer.displayName).toBe(decomposed.normalize('NFC'));
    expect((await signUp('مریم\u200Cزاده')).data?.signUp.viewer.displayName).toBe('مریم\u200Cزاده');
    expect((await signUp('x'.repeat(81))).errors?.[0]?.extensions?.reason).toBe('DISPLAY_NAME_TOO_BIG');
  });
});

describe('when Redis is unreachable', () => {
  it('keeps log-in working and limited in the api process, and /health says Redis is down', async () => {
    const learner = await makeLearner(stack.apiUrl);
    proxy.pause();
    try {
      await expect.poll(async () => (await fetch(`${stack.apiUrl}/health`)).status, { timeout: 10_000 }).toBe(503);
      expect(await (await fetch(`${stack.apiUrl}/health`)).json()).toMatchObject({ status: 'degraded', redis: 'down' });
      expect((await login('192.0.2.200', learner.email, learner.password)).errors).toBeUndefined();
      for (let i = 0; i < 3; i++) expect(codeOf(await login('192.0.2.201', learner.email, `guess-${i}`))).toBe('INVALID_CREDENTIALS');
      expect(codeOf(await login('192.0.2.201', learner.email, learner.password))).toBe('RATE_LIMITED');
    } finally {
      proxy.resume();
    }
    await expect.poll(async () => (await fetch(`${stack.apiUrl}/health`)).status, { timeout: 20_000 }).toBe(200);
  });
});
