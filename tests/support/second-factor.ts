import { generate } from 'otplib';
import { DEMO_TOTP_SECRET } from '@kinship/api/seed/demo-data';
import type { ApiClient } from './graphql-client.js';

export const LOGIN_STEP_ONE = `mutation Login($input: LoginInput!) { login(input: $input) { viewer { id } } }`;
export const LOGIN_STEP_TWO = `mutation Second($input: SecondFactorLoginInput!) { loginWithSecondFactor(input: $input) { viewer { id } } }`;

/** The demo staff accounts' authenticator secret (the seed enrols trainer, partner and admin with it). */
export { DEMO_TOTP_SECRET };

const STEP_MS = 30_000;

/** The authenticator code for a secret at a moment (now by default), as a phone would show it. */
export function totpCode(secret: string, at = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at / 1000) });
}

/** Waits for the next 30-second step, so that a fresh code exists (each code is good once). */
export async function nextTotpCode(secret: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, STEP_MS - (Date.now() % STEP_MS) + 200));
  return totpCode(secret);
}

/**
 * Logs a client in with password and, when asked, the authenticator code. A code already used in this
 * step (the same account logged in twice within 30 s) is refused, so the next step's code is tried then.
 */
export async function logInWithSecondFactor(client: ApiClient, email: string, password: string, secret: string): Promise<void> {
  const first = await client.gql(LOGIN_STEP_ONE, { input: { email, password } });
  if (!first.errors) return;
  const extensions = first.errors[0]?.extensions ?? {};
  if (extensions.code !== 'SECOND_FACTOR_REQUIRED') throw new Error(`log-in failed: ${JSON.stringify(first.errors)}`);
  const challenge = extensions.challenge as string;
  const second = await client.gql(LOGIN_STEP_TWO, { input: { challenge, code: await totpCode(secret) } });
  if (!second.errors) return;
  await client.ok(LOGIN_STEP_TWO, { input: { challenge, code: await nextTotpCode(secret) } });
}
