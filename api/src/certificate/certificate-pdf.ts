import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { printableName } from '../common/visible-name.js';
import { directionOf, fontStackFor, loadCertificateFonts } from './certificate-fonts.js';
import { certificateTemplate } from './certificate-template.js';
import { certificateText, isRightToLeft } from './certificate-text.js';
import { fixRightToLeftLigatureText } from './right-to-left-ligature-text.js';

export interface CertificateFacts {
  learnerName: string;
  courseTitle: string;
  courseVersion: number;
  completedAt: Date;
  code: string;
  verificationUrl: string;
  locale: string;
}

/** Typst's language and region for one of our locales (the region picks Traditional Chinese conventions). */
function typstLanguage(locale: string): { lang: string; region: string | null } {
  if (locale === 'zh-Hant') return { lang: 'zh', region: 'TW' };
  if (locale === 'zh-Hans') return { lang: 'zh', region: 'CN' };
  return { lang: locale.split('-')[0]!.toLowerCase(), region: null };
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

/**
 * Draws certificates with Typst (through its Node binding): HarfBuzz-equivalent shaping (rustybuzz),
 * the Unicode bidirectional algorithm and per-character font fallback, with the fonts it was given and
 * nothing fetched. One renderer per process: loading the fonts is the slow part, and it happens once,
 * at start-up, where a missing font stops the process.
 */
export class CertificateRenderer {
  private readonly compiler: NodeCompiler;

  constructor(fonts: Buffer[] = loadCertificateFonts()) {
    this.compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: fonts }] });
  }

  /** A one-page A4 landscape certificate, as PDF bytes. */
  async render(given: CertificateFacts): Promise<Buffer> {
    // A name stored before names were checked (or set by an import) is printed without what could reorder it.
    const facts = { ...given, learnerName: printableName(given.learnerName) };
    const pdf = this.compile(facts);
    const arabicScript = isRightToLeft(facts.locale) || /\p{Script=Arabic}/u.test(facts.learnerName + facts.courseTitle);
    return arabicScript ? fixRightToLeftLigatureText(pdf) : pdf;
  }

  private compile(facts: CertificateFacts): Buffer {
    const inputs = { facts: JSON.stringify(templateInputs(facts)) };
    try {
      return this.compiler.pdf(
        { mainFileContent: certificateTemplate, inputs },
        { creationTimestamp: Math.floor(facts.completedAt.getTime() / 1000) },
      );
    } finally {
      // Typst memoises every compilation. Measured over 2,000 certificates: keeping entries for even a few
      // compilations grew the process by ~25 KB a certificate; clearing all of them keeps it flat (~1 ms more each).
      this.compiler.evictCache(0);
    }
  }
}
