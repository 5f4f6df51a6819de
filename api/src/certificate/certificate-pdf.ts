import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { printableName } from '../common/visible-name.js';
import { certificateText } from './certificate-text.js';

export interface CertificateFacts {
  learnerName: string;
  courseTitle: string;
  courseVersion: number;
  completedAt: Date;
  code: string;
  verificationUrl: string;
  locale: string;
}

const require = createRequire(import.meta.url);
// DejaVu covers Latin, Greek, Cyrillic, Arabic and Hebrew scripts, so most learners' names print as written.
const fonts = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** Renders a one-page A4 landscape certificate. */
export function renderCertificatePdf(facts: CertificateFacts): Promise<Buffer> {
  const words = certificateText(facts.locale);
  // A PDF has no <bdi>: control and direction-changing characters are dropped, so the name cannot reorder the line.
  const learnerName = printableName(facts.learnerName);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    info: { Title: `${words.heading}: ${facts.courseTitle}`, Author: 'Kinship', Subject: learnerName },
    lang: facts.locale,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 112;
  const centred = { width, align: 'center' as const };
  doc
    .lineWidth(3)
    .strokeColor('#1d4f6e')
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .stroke();
  doc.font(fonts.bold).fontSize(30).fillColor('#1d4f6e').text(words.heading, 56, 90, centred);
  doc.moveDown(1.2).font(fonts.regular).fontSize(14).fillColor('#222').text(words.awardedTo, centred);
  doc.moveDown(0.6).font(fonts.bold).fontSize(26).text(learnerName, centred);
  doc.moveDown(0.6).font(fonts.regular).fontSize(14).text(words.completed, centred);
  doc.moveDown(0.6).font(fonts.bold).fontSize(20).text(facts.courseTitle, centred);
  doc.moveDown(0.4).font(fonts.regular).fontSize(12).text(words.version(facts.courseVersion), centred);
  const date = new Intl.DateTimeFormat(facts.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(facts.completedAt);
  doc.moveDown(1).fontSize(14).text(`${words.date} ${date}`, centred);
  doc.font(fonts.regular).fontSize(11).fillColor('#333');
  doc.text(`${words.code}: ${facts.code}`, 56, doc.page.height - 130, centred);
  doc.text(`${words.verify} ${facts.verificationUrl}`, centred);
  doc.end();
  return done;
}
