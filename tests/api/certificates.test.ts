import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { ApiClient } from '../support/graphql-client.js';
import { completeCourse, enrol, makeLearner } from '../support/learner.js';
import { redisUrl } from '../support/services.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let queue: Queue;
let events: QueueEvents;
const connection = { url: redisUrl };

beforeAll(async () => {
  stack = await startStack({ worker: true });
  queue = new Queue('kinship', { connection, prefix: stack.redisPrefix });
  events = new QueueEvents('kinship', { connection, prefix: stack.redisPrefix });
  await events.waitUntilReady();
});
afterAll(async () => {
  await events?.close();
  await queue?.close();
  await stack?.stop();
});

async function certificatesOf(enrolmentId: string) {
  const { rows } = await stack.db.query<{ id: string; code: string }>('select id, code from certificate where enrolment_id = $1', [
    enrolmentId,
  ]);
  return rows;
}

async function waitForCertificate(enrolmentId: string) {
  for (let i = 0; i < 100; i++) {
    const rows = await certificatesOf(enrolmentId);
    if (rows.length) return rows[0]!;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no certificate:\n${stack.processes.worker?.output()}`);
}

describe('certificates', () => {
  it('are issued by the worker after completion, downloadable by the learner and publicly verifiable', async () => {
    const learner = await makeLearner(stack.apiUrl, { displayName: 'Mei Ling Chen' });
    const { enrolmentId, unitIds } = await enrol(learner.client);
    expect(await completeCourse(learner.client, enrolmentId, unitIds)).toBe(true);
    const { id, code } = await waitForCertificate(enrolmentId);

    const pdf = await learner.client.get(`/certificates/${id}/pdf`);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true });
    expect(text).toContain('Mei Ling Chen');
    expect(text).toContain(code);
    expect(text).toContain('Getting started');

    const anonymous = new ApiClient(stack.apiUrl);
    const verify = `query($code: String!) { verifyCertificate(code: $code) { code learnerName courseTitle courseVersion } }`;
    const found = await anonymous.ok<{ verifyCertificate: { learnerName: string; courseVersion: number } }>(verify, {
      code: code.toLowerCase(),
    });
    expect(found.verifyCertificate).toMatchObject({ learnerName: 'Mei Ling Chen', courseVersion: 1 });
    const unknown = await anonymous.gql<{ verifyCertificate: null }>(verify, { code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.verifyCertificate).toBeNull();
  });

  it('print a name in any script shaped, as the learner typed it, in the PDF the learner downloads', async () => {
    const names = ['ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ', 'प्रिया शर्मा', 'زهرا محمدی', '陳美玲', 'Nguyễn Thị Phương Thảo'];
    const dir = mkdtempSync(join(tmpdir(), 'kinship-certificates-'));
    try {
      for (const displayName of names) {
        const learner = await makeLearner(stack.apiUrl, { displayName });
        const { enrolmentId, unitIds } = await enrol(learner.client);
        await completeCourse(learner.client, enrolmentId, unitIds);
        const { id } = await waitForCertificate(enrolmentId);
        const response = await learner.client.get(`/certificates/${id}/pdf`);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        const file = join(dir, `${id}.pdf`);
        writeFileSync(file, Buffer.from(await response.arrayBuffer()));
        // Poppler reads the text of shaped clusters (/ActualText); bidi marks it adds around right-to-left lines removed.
        const lines = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
          .replace(/[\u202a-\u202e]/g, '')
          .split('\n');
        expect(lines).toContain(displayName);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('issue once: running the job again, or twice at once, makes no second certificate', async () => {
    const learner = await makeLearner(stack.apiUrl);
    const { enrolmentId, unitIds } = await enrol(learner.client);
    await completeCourse(learner.client, enrolmentId, unitIds);
    const first = await waitForCertificate(enrolmentId);

    const reruns = await Promise.all(
      [1, 2, 3].map((n) => queue.add('certificate.issue', { enrolmentId }, { jobId: `rerun-${enrolmentId}-${n}` })),
    );
    const results = await Promise.all(reruns.map((job) => job.waitUntilFinished(events, 30_000)));
    expect(results).toEqual(reruns.map(() => ({ certificateId: first.id, created: false })));
    expect(await certificatesOf(enrolmentId)).toEqual([first]);
  });

  it('keeps a job that cannot succeed as failed, without retrying it pointlessly', async () => {
    const job = await queue.add('certificate.issue', { enrolmentId: '00000000-0000-4000-8000-000000000000' }, { attempts: 3 });
    await expect(job.waitUntilFinished(events, 30_000)).rejects.toThrow(/does not exist/);
    const failed = await queue.getJob(job.id!);
    expect(await failed?.getState()).toBe('failed');
    expect(failed?.attemptsMade).toBe(1);
  });

  it('prunes expired login sessions in the background, and only those', async () => {
    const learner = await makeLearner(stack.apiUrl);
    await stack.db.query(
      `insert into session (token_hash, public_id, user_id, created_at, last_used_at, expires_at)
       values ($1, gen_random_uuid(), $2, now(), now(), now() - interval '1 day')`,
      ['f'.repeat(64), learner.userId],
    );
    const job = await queue.add('sessions.prune', {});
    expect(await job.waitUntilFinished(events, 30_000)).toBe(1);
    const { rows } = await stack.db.query<{ n: number }>('select count(*)::int as n from session where user_id = $1', [learner.userId]);
    expect(rows[0]?.n).toBe(1);
    expect((await learner.client.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(learner.userId);
  });
});
