/** The words printed on a certificate, in the languages the platform speaks. */
const text = {
  en: {
    heading: 'Certificate of completion',
    awardedTo: 'This certifies that',
    completed: 'has completed the course',
    version: (v: number) => `Course version ${v}`,
    date: 'Completed on',
    verify: 'Check this certificate at',
    code: 'Verification code',
  },
  fr: {
    heading: 'Attestation de réussite',
    awardedTo: 'Nous attestons que',
    completed: 'a terminé le cours',
    version: (v: number) => `Version du cours ${v}`,
    date: 'Terminé le',
    verify: 'Vérifiez cette attestation sur',
    code: 'Code de vérification',
  },
} as const;

export type CertificateLocale = keyof typeof text;

export function certificateText(locale: string) {
  return locale in text ? text[locale as CertificateLocale] : text.en;
}
