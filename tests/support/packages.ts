import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from './browser.js';
import { ApiClient } from './graphql-client.js';
import { DEMO_TOTP_SECRET, logInWithSecondFactor } from './second-factor.js';
import { startStack, type Stack } from './stack.js';

export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { viewer { id } } }`;
export const IMPORT = `query Import($id: ID!) { packageImport(id: $id) { id status progress problems warnings courseId courseVersion } }`;

export interface ImportOutcome {
  id: string;
  status: string;
  progress: number;
  problems: string[];
  warnings: string[];
  courseId: string | null;
  courseVersion: number | null;
}

/** Logs in as a demo account; staff accounts give the seeded authenticator's code too. */
export async function logInAsDemo(client: ApiClient, who: 'trainer' | 'learner' | 'teacher' | 'admin' | 'partner'): Promise<void> {
  await logInWithSecondFactor(client, `${who}@demo.kinship.test`, 'kinship-demo-password', DEMO_TOTP_SECRET);
}

/** Uploads a package as the client's user and waits for the worker to finish with it. */
export async function importPackage(client: ApiClient, zip: Buffer, fileName = 'package.zip'): Promise<ImportOutcome> {
  const res = await client.postBytes(`/package-imports?fileName=${encodeURIComponent(fileName)}&locale=en&minutes=20`, zip);
  const body = (await res.json()) as { id?: string; message?: string };
  expect(res.status, body.message).toBe(202);
  for (let tries = 0; tries < 300; tries++) {
    const { packageImport } = await client.ok<{ packageImport: ImportOutcome }>(IMPORT, { id: body.id });
    if (['published', 'unchanged', 'failed'].includes(packageImport.status)) return packageImport;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the package import did not finish');
}

/** A whole platform (web and worker too), a browser, and the demo trainer logged in over the api: what the SCORM browser tests share. */
export async function startTrainerStack(): Promise<{ stack: Stack; browser: Browser; trainer: ApiClient; stop: () => Promise<void> }> {
  const [stack, browser] = await Promise.all([startStack({ web: true, worker: true }), launchBrowser()]);
  const trainer = new ApiClient(stack.apiUrl);
  await logInAsDemo(trainer, 'trainer');
  return {
    stack,
    browser,
    trainer,
    stop: async () => {
      await browser.close();
      await stack.stop();
    },
  };
}
