import { printableName } from '../common/visible-name.js';
import { directionOf, fontStackFor } from '../pdf/pdf-fonts.js';
import { isRightToLeft, typstLanguage } from '../pdf/typst-language.js';
import { TypstPdf } from '../pdf/typst-pdf.js';
import { certificateTemplate } from './certificate-template.js';
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

/** What the template reads: the certificate's words in the learner's language and the two free texts. */
function templateInputs(facts: CertificateFacts) {
  const words = certificateText(facts.locale);
  const field = (text: string) => ({ text, dir: directionOf(text), fonts: fontStackFor(text, facts.locale) });
  const date = new Intl.DateTimeFormat(facts.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(facts.completedAt);
  return {
    ...typstLanguage(facts.locale),
    dir: isRightToLeft(facts.locale) ? 'rtl' : 'ltr',
    fonts: fontStackFor(Object.values(words).join(' '), facts.locale),
    documentTitle: `${words.heading}: ${facts.courseTitle}`,
    heading: words.heading,
    awardedTo: words.awardedTo,
    completed: words.completed,
    version: words.version(facts.courseVersion),
    dateLine: `${words.date} ${date}`,
    codeLine: `${words.code}: ${facts.code}`,
    verify: words.verify,
    url: facts.verificationUrl,
    name: field(facts.learnerName),
    title: field(facts.courseTitle),
  };
}

/** Draws certificates with the process's Typst engine (the worker's, given by PdfModule). */
export class CertificateRenderer {
  private readonly typst: TypstPdf;

  constructor(typst: TypstPdf = new TypstPdf()) {
    this.typst = typst;
  }

  /** A one-page A4 landscape certificate, as PDF bytes. */
  render(given: CertificateFacts): Promise<Buffer> {
    // A name stored before names were checked (or set by an import) is printed without what could reorder it.
    const facts = { ...given, learnerName: printableName(given.learnerName) };
    return this.typst.pdf(certificateTemplate, { facts: JSON.stringify(templateInputs(facts)) }, facts.completedAt);
  }
}
