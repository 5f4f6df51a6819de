import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql-client.js';
import { SIGN_UP } from '../support/learner.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { startStack, type Stack } from '../support/stack.js';

const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const CHOOSE = `mutation($locale: String!) { chooseLanguage(locale: $locale) }`;
const ME = `{ me { locale } }`;

let smtp: TestSmtp;
let stack: Stack;
beforeAll(async () => {
  smtp = await startTestSmtp();
  stack = await startStack({ worker: true, env: { SMTP_URL: smtp.url, MAIL_FROM: 'Kinship <no-reply@kinship.test>' } });
});
afterEach((context) => {
  if (context.task.result?.state === 'fail') console.error(stack.processes.worker?.output().slice(-3000));
});
afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

describe('the stored language', () => {
  it('is the one mails are written in, right to left for Arabic, and changes when the person chooses another', async () => {
    const client = new ApiClient(stack.apiUrl);
    const email = `mail-ar-${Date.now()}@example.test`;
    await client.ok(SIGN_UP, { input: { email, displayName: 'ليلى حداد', password: 'a long walk by the river', locale: 'ar' } });
    const welcome = await smtp.waitFor(email, /أكّد/);
    expect(welcome.subject).toBe('أكّد عنوان بريدك الإلكتروني في Kinship');
    expect(welcome.lang).toBe('ar');
    expect(welcome.html).toContain('dir="rtl"');
    expect(welcome.text).toContain('مرحبًا ليلى حداد،');

    expect((await client.ok<{ chooseLanguage: string }>(CHOOSE, { locale: 'pa' })).chooseLanguage).toBe('pa');
    expect((await client.ok<{ me: { locale: string } }>(ME)).me.locale).toBe('pa');
    await new ApiClient(stack.apiUrl).ok(RESET, { email });
    const reset = await smtp.waitFor(email, /ਰੀਸੈੱਟ/);
    expect(reset.subject).toBe('ਆਪਣਾ Kinship ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ');
    expect(reset.lang).toBe('pa');
    expect(reset.html).toContain('dir="ltr"');
  });

  it('refuses a language it does not have, and anyone not logged in, changing nothing', async () => {
    const client = new ApiClient(stack.apiUrl);
    const email = `mail-bad-${Date.now()}@example.test`;
    await client.ok(SIGN_UP, { input: { email, displayName: 'Sam Okafor', password: 'a long walk by the river', locale: 'es' } });
    const refused = await client.gql(CHOOSE, { locale: 'xx-Klingon' });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('LOCALE_UNKNOWN');
    expect((await client.ok<{ me: { locale: string } }>(ME)).me.locale).toBe('es');
    const stranger = await new ApiClient(stack.apiUrl).gql(CHOOSE, { locale: 'fr' });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
