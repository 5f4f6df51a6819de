/**
 * The interface languages a person can choose (web/src/lib/i18n/index.ts lists the same): English,
 * French, and the 12 languages of the provincial anti-racism network. Stored on the account as typed.
 */
export const INTERFACE_LOCALES = ['en', 'fr', 'ar', 'zh-Hans', 'zh-Hant', 'hi', 'ja', 'ko', 'fa', 'pa', 'es', 'tl', 'vi'] as const;
export type InterfaceLocale = (typeof INTERFACE_LOCALES)[number];

export const isInterfaceLocale = (value: string | null | undefined): value is InterfaceLocale =>
  !!value && (INTERFACE_LOCALES as readonly string[]).includes(value);
