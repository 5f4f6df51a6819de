/** Typst's language and region for one of our locales (the region picks Traditional Chinese conventions). */
export function typstLanguage(locale: string): { lang: string; region: string | null } {
  if (locale === 'zh-Hant') return { lang: 'zh', region: 'TW' };
  if (locale === 'zh-Hans') return { lang: 'zh', region: 'CN' };
  return { lang: locale.split('-')[0]!.toLowerCase(), region: null };
}

/** Arabic and Persian documents are laid out right to left. */
export function isRightToLeft(locale: string): boolean {
  return locale === 'ar' || locale === 'fa';
}
