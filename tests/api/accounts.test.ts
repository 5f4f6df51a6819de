import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { makeLearner, SIGN_UP } from '../support/learner.js';
import { logInAsDemo } from '../support/packages.js';
import { startStack, type Stack } from '../support/stack.js';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { viewer { id email displayName memberships { role organisationName } } } }`;
const ME = `{ me { id email displayName } }`;
const LOGOUT = `mutation { logout }`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { LOGIN_MAX_FAILURES: '3' } });
});
afterAll(() => stack?.stop());

describe('accounts and sessions', () => {
  it('signs a learner up, keeps them logged in, logs them out and back in', async () => {
    const learner = await makeLearner(stack.apiUrl, { displayName: 'Nadia Okafor' });
    expect((await learner.client.ok<{ me: { email: string } }>(ME)).me.email).toBe(learner.email);

    await learner.client.ok(LOGOUT);
    expect((await learner.client.ok<{ me: null }>(ME)).me).toBeNull();

    const login = await learner.client.ok<{ login: { viewer: { displayName: string } } }>(LOGIN, {
      input: { email: learner.email.toUpperCase(), password: learner.password },
    });
    expect(login.login.viewer.displayName).toBe('Nadia Okafor');
    expect((await learner.client.ok<{ me: { id: string } }>(ME)).me.id).toBe(learner.userId);
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { rows } = await stack.db.query<{ password_hash: string }>('select password_hash from app_user where id = $1', [learner.userId]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]?.password_hash).not.toContain(learner.password);
  });

  it('logs in the seeded demo accounts for every role', async () => {
    const roles = new Set<string>();
    for (const who of ['learner', 'teacher', 'trainer', 'partner', 'admin'] as const) {
      const client = new ApiClient(stack.apiUrl);
      // Staff accounts give the seeded authenticator's code too (their roles need two-step log-in).
      await logInAsDemo(client, who);
      const data = await client.ok<{ me: { memberships: { role: string }[] } }>(`{ me { memberships { role } } }`);
      data.me.memberships.forEach((m) => roles.add(m.role));
    }
    expect([...roles].sort()).toEqual(['admin', 'learner', 'partner_admin', 'teacher', 'trainer']);
  });

  it('answers a wrong password with a clear message and no session', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const stranger = new ApiClient(stack.apiUrl, '10.0.0.1');
    const res = await stranger.gql(LOGIN, { input: { email: learner.email, password: 'not the password' } });
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(res.errors?.[0]?.message).toBe('That e-mail and password do not match an account.');
    expect(res.raw).not.toMatch(/stacktrace|at .*\.js:\d+/);
    expect((await stranger.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('refuses a second account with the same e-mail, whatever its letter case', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const res = await new ApiClient(stack.apiUrl).gql(SIGN_UP, {
      input: { email: learner.email.toUpperCase(), displayName: 'Copy', password: 'another-password' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('EMAIL_TAKEN');
    expect(res.errors?.[0]?.message).toMatch(/already exists/);
    const { rows } = await stack.db.query('select count(*)::int as n from app_user where lower(email) = lower($1)', [learner.email]);
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('refuses weak sign-up input with a message naming the problem', async () => {
    const res = await new ApiClient(stack.apiUrl).gql(SIGN_UP, {
      input: { email: 'not-an-email', displayName: 'X', password: 'long enough password' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe('Please enter a valid e-mail address.');
    const short = await new ApiClient(stack.apiUrl).gql(SIGN_UP, {
      input: { email: 'a@example.test', displayName: 'X', password: 'short' },
    });
    expect(short.errors?.[0]?.message).toMatch(/at least 10 characters/);
  });

  it('rate-limits failed logins per account and address, even for the right password', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const attacker = new ApiClient(stack.apiUrl, '10.0.0.2');
    for (let i = 0; i < 3; i++) {
      const res = await attacker.gql(LOGIN, { input: { email: learner.email, password: `guess-${i}` } });
      expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await attacker.gql(LOGIN, { input: { email: learner.email, password: learner.password } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.message).toMatch(/Too many failed logins/);

    // The real owner, from their own address, is not locked out by someone else's guesses.
    const owner = new ApiClient(stack.apiUrl, '10.0.0.3');
    expect((await owner.gql(LOGIN, { input: { email: learner.email, password: learner.password } })).errors).toBeUndefined();
  });

  it('answers malformed GraphQL with a 400 and a parse error, no stack trace', async () => {
    const client = new ApiClient(stack.apiUrl);
    const res = await client.post('{"query":"{ me { email "}');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.raw).not.toMatch(/stacktrace/i);
    const unknownField = await client.gql('{ secrets }');
    expect(unknownField.status).toBe(400);
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports database and Redis on the health endpoint', async () => {
    const res = await fetch(`${stack.apiUrl}/health`);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });
});
