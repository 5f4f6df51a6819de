import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { SIGN_UP } from '../support/learner.js';
import { redisUrl } from '../support/services.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { startStack, type Stack } from '../support/stack.js';

const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const CONFIRM = `mutation($token: String!) { confirmEmail(token: $token) }`;
const ACCOUNT = `{ myAccount { email emailVerified } }`;

let smtp: TestSmtp;
let stack: Stack;
beforeAll(async () => {
  smtp = await startTestSmtp();
  stack = await startStack({ worker: true, env: { SMTP_URL: smtp.url, MAIL_FROM: 'Kinship <no-reply@kinship.test>' } });
});
afterEach((context) => {
  // A mail that never came: the worker's log says why.
  if (context.task.result?.state === 'fail') console.error(stack.processes.worker?.output().slice(-3000));
});
afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

async function signUp(locale: string) {
  const client = new ApiClient(stack.apiUrl);
  const email = `mail-${locale}-${Date.now()}@example.test`;
  await client.ok(SIGN_UP, { input: { email, displayName: 'Yara Haddad', password: 'a long walk by the river', locale } });
  return { client, email };
}

describe('e-mail', () => {
  it('writes to each person in their own stored language, as HTML and plain text', async () => {
    const french = await signUp('fr');
    const mail = await smtp.waitFor(french.email, /Confirmez/);
    expect(mail.subject).toBe('Confirmez votre adresse courriel pour Kinship');
    expect(mail.lang).toBe('fr');
    expect(mail.text).toContain('Bonjour Yara Haddad,');
    expect(mail.html).toContain('<h1');
    expect(mail.html).toContain('Confirmer mon adresse courriel');
    expect(mail.parsed.from?.text).toContain('no-reply@kinship.test');

    // A reset asked for by an English-speaking visitor still reaches this person in French.
    const visitor = new ApiClient(stack.apiUrl);
    await visitor.ok(RESET, { email: french.email });
    const reset = await smtp.waitFor(french.email, /Réinitialiser/);
    expect(reset.text).toMatch(/pendant 1\s+heure/);
    expect(reset.lang).toBe('fr');

    const english = await signUp('en');
    const welcome = await smtp.waitFor(english.email, /Confirm your e-mail/);
    expect(welcome.lang).toBe('en');
    expect(welcome.text).toMatch(/for 2\s+days/);
  });

  it('confirms an address once, from the link in the mail', async () => {
    const { client, email } = await signUp('en');
    const mail = await smtp.waitFor(email, /Confirm your e-mail/);
    const link = smtp.linkIn(mail, `${stack.webUrl}/verify-email/`);
    const token = link.split('/').pop()!;
    expect((await client.ok<{ myAccount: { emailVerified: boolean } }>(ACCOUNT)).myAccount.emailVerified).toBe(false);
    expect((await new ApiClient(stack.apiUrl).ok<{ confirmEmail: string }>(CONFIRM, { token })).confirmEmail).toBe('verified');
    expect((await client.ok<{ myAccount: { emailVerified: boolean } }>(ACCOUNT)).myAccount.emailVerified).toBe(true);
    const again = await client.gql(CONFIRM, { token });
    expect(again.errors?.[0]?.extensions?.reason).toBe('LINK_INVALID');
  });

  it('keeps no secret in the queue or the database: the job names a token, the table keeps a hash', async () => {
    const { email } = await signUp('en');
    const mail = await smtp.waitFor(email, /Confirm your e-mail/);
    const secret = smtp.linkIn(mail, `${stack.webUrl}/verify-email/`).split('/').pop()!;
    const { rows } = await stack.db.query<{ id: string; token_hash: string }>(
      `select t.id, t.token_hash from account_token t join app_user u on u.id = t.user_id where u.email = $1`,
      [email],
    );
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.token_hash).not.toContain(secret);
    const queue = new Queue('kinship', { connection: { url: redisUrl }, prefix: stack.redisPrefix });
    try {
      const job = await queue.getJob(`mail-account-${rows[0]!.id}`);
      expect(job?.data).toEqual({ tokenId: rows[0]!.id });
      expect(JSON.stringify(job?.returnvalue)).not.toContain(secret);
    } finally {
      await queue.close();
    }
  });
});
