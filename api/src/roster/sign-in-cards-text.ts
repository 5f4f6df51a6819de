import type { CardWords } from './sign-in-cards-pdf.js';

/** The words printed on sign-in cards, in the languages the platform speaks. */
const text: Record<'en' | 'fr', (className: string) => CardWords> = {
  en: (className) => ({
    title: 'Kinship: class sign-in card',
    className,
    classCode: 'Class code',
    personalCode: 'Your personal code',
    howTo: 'Scan the square, or open "Class sign-in" and type both codes.',
    keepSafe: 'Keep this card to yourself.',
  }),
  fr: (className) => ({
    title: 'Kinship : carte de connexion de la classe',
    className,
    classCode: 'Code de la classe',
    personalCode: 'Ton code personnel',
    howTo: 'Scanne le carré, ou ouvre « Connexion de la classe » et tape les deux codes.',
    keepSafe: 'Garde cette carte pour toi.',
  }),
};

export function cardWords(locale: string, className: string): CardWords {
  return (locale === 'fr' ? text.fr : text.en)(className);
}

/** What the QR code holds: the class sign-in page with both codes filled in, so a scan signs the student in. */
export function classSignInUrl(webUrl: string, classCode: string, personalCode: string): string {
  const url = new URL('/class-sign-in', webUrl);
  url.searchParams.set('class', classCode);
  url.searchParams.set('code', personalCode);
  return url.toString();
}
