import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { getContext, setContext } from 'svelte';
import type en from './messages/en.json';

/**
 * The 14 interface languages: English (the source), French, and the 12 languages the provincial
 * anti-racism network publishes in. The catalogues themselves are loaded on the server only
 * (catalogues.server.ts); a page receives its own language's catalogue with its data.
 */
export const LOCALES = ['en', 'fr', 'ar', 'zh-Hans', 'zh-Hant', 'hi', 'ja', 'ko', 'fa', 'pa', 'es', 'tl', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number | Date>;
export type Messages = Record<MessageKey, string>;
/** A catalogue as the browser receives it: each message already parsed (see catalogues.server.ts). */
export type ParsedMessages = Record<MessageKey, MessageFormatElement[]>;

/** Each language in its own name, as the switcher lists it (never translated). */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  hi: 'हिन्दी',
  ja: '日本語',
  ko: '한국어',
  fa: 'فارسی',
  pa: 'ਪੰਜਾਬੀ',
  es: 'Español',
  tl: 'Filipino',
  vi: 'Tiếng Việt',
};

/** A language's name in the page's language ("Arabic", "arabe"), for lists of what a course is offered in. */
export function languageName(code: string, inLocale: Locale): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

// The page's dir attribute and logical CSS properties follow this.
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb']);

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr';
}

/** One language tag from the browser (zh-TW, zh-Hant-HK, pa-IN, fil) as one of ours, if we have it. */
export function localeOfTag(tag: string): Locale | undefined {
  const [language = '', ...rest] = tag.trim().toLowerCase().split('-');
  if (language === 'zh') {
    // Traditional for Taiwan, Hong Kong and Macau or when the script says so; Simplified otherwise.
    return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-Hant' : 'zh-Hans';
  }
  if (language === 'fil') return 'tl';
  return LOCALES.find((locale) => locale === language);
}

/** The cookie's choice, else the first supported language the browser asks for (by its q weight), else English. */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { tag, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => localeOfTag(entry.tag))
    .find((locale) => locale !== undefined);
  return wanted ?? 'en';
}

const cache = createIntlCache();
const intls = new Map<string, { messages: Messages | ParsedMessages; intl: IntlShape }>();

/** The formatter of one language's catalogue, made once per catalogue object. */
export function intlOf(locale: Locale, messages: Messages | ParsedMessages): IntlShape {
  const known = intls.get(locale);
  if (known?.messages === messages) return known.intl;
  const intl = createIntl({ locale, messages, defaultLocale: 'en' }, cache);
  intls.set(locale, { messages, intl });
  return intl;
}

export interface Translator {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  t(key: MessageKey, values?: MessageValues): string;
  /** Whether the catalogue has a key built at run time (a problem code from the api). */
  has(key: string): key is MessageKey;
  date(value: string | Date): string;
  number(value: number, options?: Parameters<IntlShape['formatNumber']>[1]): string;
  /** A message cut into text and the values to isolate (names, user-given text), for <Isolated>. */
  parts(key: MessageKey, values: MessageValues, isolate: readonly string[]): MessagePart[];
}

/** A piece of a formatted message: translated text, or a value shown in its own <bdi>. */
export type MessagePart = string | { isolated: string };

export function translator(getLocale: () => Locale, getMessages: () => Messages | ParsedMessages): Translator {
  const intl = () => intlOf(getLocale(), getMessages());
  return {
    get locale() {
      return getLocale();
    },
    get dir() {
      return directionOf(getLocale());
    },
    t: (key, values) => intl().formatMessage({ id: key }, values),
    has: (key): key is MessageKey => key in getMessages(),
    date: (value) => intl().formatDate(value, { dateStyle: 'long' }),
    number: (value, options) => intl().formatNumber(value, options),
    parts: (key, values, isolate): MessagePart[] => {
      // Object values make formatjs return the message as an array of its parts, objects kept as they are.
      const marked: Record<string, unknown> = { ...values };
      for (const name of isolate) marked[name] = { isolated: String(values[name] ?? '') };
      const formatted: unknown = intl().formatMessage({ id: key }, marked as MessageValues);
      return Array.isArray(formatted) ? (formatted as MessagePart[]) : [String(formatted)];
    },
  };
}

const KEY = Symbol('i18n');

/** Called once by the root layout; per component tree, so concurrent server renders never share it. */
export function provideTranslator(getLocale: () => Locale, getMessages: () => Messages | ParsedMessages): Translator {
  return setContext(KEY, translator(getLocale, getMessages));
}

export function useTranslator(): Translator {
  return getContext<Translator>(KEY);
}

/**
 * The catalogue key for an api error: its reason (a refused field, a locked unit) when the catalogue
 * has one, else its code. The api's own English message is never shown as it is.
 */
export function errorKeyIn(has: (key: string) => boolean, code: string | undefined, reason?: unknown): MessageKey {
  const specific = `errors.reason.${typeof reason === 'string' ? reason : ''}`;
  if (has(specific)) return specific as MessageKey;
  const key = `errors.${code ?? ''}`;
  return has(key) ? (key as MessageKey) : 'errors.generic';
}

/** The values an error's message may name (a length, a size), from the api error's details. */
export function errorValues(details: Record<string, unknown>): MessageValues {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(details)) if (typeof value === 'string' || typeof value === 'number') values[name] = value;
  return values;
}
