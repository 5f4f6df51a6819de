// Part of `pnpm bench`: certificate rendering, per script, in one process (as one worker renders them:
// one at a time, with the fonts loaded once). Baseline from the same run: the previous renderer,
// pdfkit with DejaVu, drawing the same Latin certificate (it could not shape the other scripts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root, say } from './services.ts';

const RENDERS = Number(process.env.BENCH_CERTIFICATES ?? 40);
const require = createRequire(join(root, 'api/package.json'));

interface Facts {
  learnerName: string;
  courseTitle: string;
  courseVersion: number;
  completedAt: Date;
  code: string;
  verificationUrl: string;
  locale: string;
}
export interface CertificateTiming {
  script: string;
  msPerPdf: number;
  perSecond: number;
  bytes: number;
}

/**
 * Each render gets its own name and code, as real certificates do (Typst memoises: a repeated input would be a
 * cache hit). The name gets the render's number after it.
 */
function facts(name: string, title: string, locale: string, n: number): Facts {
  const code = `ABCD-EFGH-JKMN-${String(n).padStart(4, '0')}`;
  return {
    learnerName: `${name} ${n}`,
    courseTitle: title,
    courseVersion: 1,
    completedAt: new Date(),
    code,
    verificationUrl: `http://localhost:3000/verify/${code}`,
    locale,
  };
}

async function time(script: string, render: (n: number) => Promise<Buffer> | Buffer): Promise<CertificateTiming> {
  const bytes = (await render(RENDERS)).length; // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < RENDERS; i++) await render(i);
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / RENDERS;
  return { script, msPerPdf: ms, perSecond: 1000 / ms, bytes };
}

/** The little of pdfkit's interface the baseline uses (the scripts package does not depend on it). */
interface PdfKitDoc {
  page: { width: number };
  on(event: string, listener: (chunk: Buffer) => void): void;
  font(path: string): PdfKitDoc;
  fontSize(size: number): PdfKitDoc;
  text(text: string, ...args: unknown[]): PdfKitDoc;
  end(): void;
}
type PdfKit = new (options: object) => PdfKitDoc;

/** The previous renderer's drawing of a certificate (pdfkit, DejaVu), kept here only as the baseline. */
async function pdfkitBaseline(f: Facts): Promise<Buffer> {
  const { default: PDFDocument } = (await import(require.resolve('pdfkit'))) as { default: PdfKit };
  const bold = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
  const regular = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 56 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const centred = { width: doc.page.width - 112, align: 'center' as const };
  doc.font(bold).fontSize(30).text('Certificate of completion', 56, 90, centred);
  doc.font(regular).fontSize(14).text('This certifies that', centred);
  doc.font(bold).fontSize(26).text(f.learnerName, centred);
  doc.font(regular).fontSize(14).text('has completed the course', centred);
  doc.font(bold).fontSize(20).text(f.courseTitle, centred);
  doc.font(regular).fontSize(11).text(`Verification code: ${f.code}`, centred).text(f.verificationUrl, centred);
  doc.end();
  return done;
}

export async function measureCertificates(): Promise<{ loadMs: number; timings: CertificateTiming[]; growthMb: number; renders: number }> {
  say(`rendering certificates: ${RENDERS} per script`);
  const { CertificateRenderer } = (await import(
    join(root, 'api/dist/certificate/certificate-pdf.js')
  )) as typeof import('../../api/src/certificate/certificate-pdf.ts');
  const { scriptSamples } = (await import(
    join(root, 'api/dist/pdf/script-samples.js')
  )) as typeof import('../../api/src/pdf/script-samples.ts');
  // The engine and fonts load with a process's first PDF (api/src/pdf/typst-pdf.ts): that first one is timed alone.
  const start = process.hrtime.bigint();
  const renderer = new CertificateRenderer();
  await renderer.render(facts('Mei Ling Chen', 'Getting started', 'en', 0));
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  const timings = [
    await time('baseline: pdfkit + DejaVu (previous renderer), Latin', (n) =>
      pdfkitBaseline(facts('Mei Ling Chen', 'Getting started', 'en', n)),
    ),
  ];
  const rssAfterLoad = process.memoryUsage().rss;
  for (const [script, s] of Object.entries(scriptSamples)) {
    timings.push(await time(script, (n) => renderer.render(facts(s.name, s.title, s.locale, n))));
  }
  // The process's growth over all those renders: a worker renders certificates for months.
  const growthMb = (process.memoryUsage().rss - rssAfterLoad) / 1024 ** 2;
  return { loadMs, timings, growthMb, renders: RENDERS * Object.keys(scriptSamples).length };
}

export function certificateReport({ loadMs, timings, growthMb, renders }: Awaited<ReturnType<typeof measureCertificates>>): string {
  const rows = timings.map(
    (t) => `| ${t.script} | ${t.msPerPdf.toFixed(1)} ms | ${t.perSecond.toFixed(0)} | ${(t.bytes / 1024).toFixed(0)} KB |`,
  );
  return `Certificates (issue 13): one process rendering one certificate at a time (what one worker does), ${RENDERS} PDFs per
script after a warm-up, name and course title in that script (api/src/pdf/script-samples.ts). A process's first
certificate, which loads the fonts and starts Typst on demand: ${loadMs.toFixed(0)} ms. Each PDF has its own name (the sample and a number) and code,
so Typst's memo cache cannot serve a repeat; Arabic and Persian include the ligature-text rewrite (pdf-lib).

| script | time per PDF | PDFs/s | size |
| --- | ---: | ---: | ---: |
${rows.join('\n')}

The process's resident memory (garbage collection not forced) grew by ${growthMb.toFixed(0)} MB over those ${renders} certificates, the
baseline's included.
`;
}

export interface CompletionSetup {
  apiUrl: string;
  env: NodeJS.ProcessEnv;
}
export interface CompletionTiming {
  learners: number;
  p50: number;
  p95: number;
  commitP50: number;
}

async function graphql<T>(apiUrl: string, query: string, variables: object, cookie = ''): Promise<{ data: T; cookie: string }> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? cookie };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** One learner (named in one of the scripts) completes getting-started; ms from the last commit's answer to a downloadable PDF. */
async function completionToPdf(apiUrl: string, name: string, n: number): Promise<{ total: number; commit: number }> {
  const signUp = `mutation($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`;
  const { cookie } = await graphql(apiUrl, signUp, {
    input: { email: `bench-certificate-${n}@example.test`, displayName: name, password: 'bench-password-123' },
  });
  const enrol = await graphql<{ enrol: { id: string; units: { unitId: string }[] } }>(
    apiUrl,
    `
      mutation {
        enrol(courseId: "getting-started") {
          id
          units {
            unitId
          }
        }
      }
    `,
    {},
    cookie,
  );
  const { id: enrolmentId, units } = enrol.data.enrol;
  let commitStart = 0;
  for (const { unitId } of units) {
    const launch = `mutation($e: ID!, $u: ID!) { launchUnit(enrolmentId: $e, unitId: $u) { attempt { id seq } } }`;
    const { attempt } = (
      await graphql<{ launchUnit: { attempt: { id: string; seq: number } } }>(apiUrl, launch, { e: enrolmentId, u: unitId }, cookie)
    ).data.launchUnit;
    const commit = `mutation($input: CommitInput!) { commitAttempt(input: $input) { applied } }`;
    const values = [{ element: 'cmi.completion_status', value: 'completed' }];
    commitStart = performance.now();
    await graphql(apiUrl, commit, { input: { attemptId: attempt.id, seq: attempt.seq + 1, sessionId: 'bench', values } }, cookie);
  }
  const completed = performance.now();
  const query = `query($id: ID!) { enrolment(id: $id) { certificate { id } } }`;
  for (;;) {
    const { certificate } = (
      await graphql<{ enrolment: { certificate: { id: string } | null } }>(apiUrl, query, { id: enrolmentId }, cookie)
    ).data.enrolment;
    if (certificate) {
      const pdf = await fetch(`${apiUrl}/certificates/${certificate.id}/pdf`, { headers: { cookie } });
      if (pdf.ok && (await pdf.arrayBuffer()).byteLength > 0) break;
    }
    if (performance.now() - completed > 30_000) throw new Error('no certificate after 30 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  return { total: performance.now() - completed, commit: completed - commitStart };
}

/** Course completion to a downloadable PDF, through the api, the outbox, the queue and one worker process. */
export async function measureCompletionToPdf(
  { apiUrl, env }: CompletionSetup,
  learners = Number(process.env.BENCH_CERTIFICATE_LEARNERS ?? 30),
) {
  const { scriptSamples } = (await import(
    join(root, 'api/dist/pdf/script-samples.js')
  )) as typeof import('../../api/src/pdf/script-samples.ts');
  const names = Object.values(scriptSamples).map((s) => s.name);
  say(`completion to certificate: ${learners} learners, one at a time, one worker`);
  const worker = spawn('node', [join(root, 'worker/dist/main.js')], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await new Promise((r) => setTimeout(r, 3000)); // the worker connecting to Redis and PostgreSQL
    const runs = [];
    for (let i = 0; i < learners; i++) runs.push(await completionToPdf(apiUrl, names[i % names.length]!, i));
    const totals = runs.map((r) => r.total);
    return {
      learners,
      p50: percentile(totals, 0.5),
      p95: percentile(totals, 0.95),
      commitP50: percentile(
        runs.map((r) => r.commit),
        0.5,
      ),
    };
  } finally {
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
  }
}

export function completionReport(t: CompletionTiming): string {
  return `Course completion to a downloadable certificate (target p50 under 2 s): ${t.learners} learners, one after another,
names in every script, through the api (the completing commit writes an outbox event), the outbox relay, BullMQ and one
worker process, polling the learner's enrolment every 10 ms and then downloading the PDF: p50 ${t.p50.toFixed(0)} ms,
p95 ${t.p95.toFixed(0)} ms. For scale, in the same run: the completing commit itself took ${t.commitP50.toFixed(0)} ms (p50).
`;
}
