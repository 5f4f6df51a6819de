// Part of `pnpm bench`: certificate rendering, per script, in one process (as one worker renders them:
// one at a time, with the fonts loaded once). Baseline from the same run: the previous renderer,
// pdfkit with DejaVu, drawing the same Latin certificate (it could not shape the other scripts).
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

/** Each render gets its own code, as real certificates do (Typst memoises: a repeated input would be a cache hit). */
function facts(name: string, title: string, locale: string, n: number): Facts {
  const code = `ABCD-EFGH-JKMN-${String(n).padStart(4, '0')}`;
  return {
    learnerName: name,
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

export async function measureCertificates(): Promise<{ loadMs: number; timings: CertificateTiming[] }> {
  say(`rendering certificates: ${RENDERS} per script`);
  const { CertificateRenderer } = (await import(
    join(root, 'api/dist/certificate/certificate-pdf.js')
  )) as typeof import('../../api/src/certificate/certificate-pdf.ts');
  const { scriptSamples } = (await import(
    join(root, 'api/dist/certificate/certificate-samples.js')
  )) as typeof import('../../api/src/certificate/certificate-samples.ts');
  const start = process.hrtime.bigint();
  const renderer = new CertificateRenderer();
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  const timings = [
    await time('baseline: pdfkit + DejaVu (previous renderer), Latin', (n) =>
      pdfkitBaseline(facts('Mei Ling Chen', 'Getting started', 'en', n)),
    ),
  ];
  for (const [script, s] of Object.entries(scriptSamples)) {
    timings.push(await time(script, (n) => renderer.render(facts(s.name, s.title, s.locale, n))));
  }
  return { loadMs, timings };
}

export function certificateReport({ loadMs, timings }: Awaited<ReturnType<typeof measureCertificates>>): string {
  const rows = timings.map(
    (t) => `| ${t.script} | ${t.msPerPdf.toFixed(1)} ms | ${t.perSecond.toFixed(0)} | ${(t.bytes / 1024).toFixed(0)} KB |`,
  );
  return `Certificates (issue 13): one process rendering one certificate at a time (what one worker does), ${RENDERS} PDFs per
script after a warm-up, name and course title in that script (api/src/certificate/certificate-samples.ts). Loading the
fonts and starting Typst, once per process: ${loadMs.toFixed(0)} ms.

| script | time per PDF | PDFs/s | size |
| --- | ---: | ---: | ---: |
${rows.join('\n')}
`;
}
