import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { getContext, setContext } from 'svelte';
import en from './messages/en.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number | Date>;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fr };

// Ready for right-to-left languages: the page's dir attribute and logical CSS properties follow this.
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb']);

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr';
}

/** The cookie's choice, else the first supported language the browser asks for, else English. */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim().toLowerCase().split('-')[0])
    .find(isLocale);
  return wanted ?? 'en';
}

const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

export function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl({ locale, messages: catalogues[locale], defaultLocale: 'en' }, cache);
    intls.set(locale, intl);
  }
  return intl;
}

export interface Translator {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  t(key: MessageKey, values?: MessageValues): string;
  date(value: string | Date): string;
}

export function translator(getLocale: () => Locale): Translator {
  return {
    get locale() {
      return getLocale();
    },
    get dir() {
      return directionOf(getLocale());
    },
    t: (key, values) => intlFor(getLocale()).formatMessage({ id: key }, values),
    date: (value) => intlFor(getLocale()).formatDate(value, { dateStyle: 'long' }),
  };
}

const KEY = Symbol('i18n');

/** Called once by the root layout; per component tree, so concurrent server renders never share it. */
export function provideTranslator(getLocale: () => Locale): Translator {
  return setContext(KEY, translator(getLocale));
}

export function useTranslator(): Translator {
  return getContext<Translator>(KEY);
}

/** The message key for an api error code, so errors are shown in the learner's language. */
/**
 * The catalogue key for an api error: its reason (a refused field, a locked unit) when the catalogue
 * has one, else its code. The api's own English message is never shown as it is.
 */
export function errorKey(code: string | undefined, reason?: unknown): MessageKey {
  const specific = `errors.reason.${typeof reason === 'string' ? reason : ''}`;
  if (specific in en) return specific as MessageKey;
  const key = `errors.${code ?? ''}`;
  return key in en ? (key as MessageKey) : 'errors.generic';
}

/** The values an error's message may name (a length, a size), from the api error's details. */
export function errorValues(details: Record<string, unknown>): MessageValues {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(details)) if (typeof value === 'string' || typeof value === 'number') values[name] = value;
  return values;
}
