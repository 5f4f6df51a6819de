import { parse } from '@formatjs/icu-messageformat-parser';
import { errorKeyIn, type Locale, type MessageKey, type Messages, type ParsedMessages } from './index';
import ar from './messages/ar.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };
import fa from './messages/fa.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import hi from './messages/hi.json' with { type: 'json' };
import ja from './messages/ja.json' with { type: 'json' };
import ko from './messages/ko.json' with { type: 'json' };
import pa from './messages/pa.json' with { type: 'json' };
import status from './messages/status.json' with { type: 'json' };
import tl from './messages/tl.json' with { type: 'json' };
import vi from './messages/vi.json' with { type: 'json' };
import zhHans from './messages/zh-Hans.json' with { type: 'json' };
import zhHant from './messages/zh-Hant.json' with { type: 'json' };

/**
 * Every catalogue, on the server only: a page is sent its own language's catalogue with its data
 * (the root layout's load), so the browser never downloads the other twelve.
 */
export const catalogues: Record<Locale, Messages> = {
  en,
  fr,
  ar,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  hi,
  ja,
  ko,
  fa,
  pa,
  es,
  tl,
  vi,
};

const parsed = new Map<Locale, ParsedMessages>();

/** One language's catalogue parsed once per process, as pages send it (the browser has no ICU parser). */
export function parsedCatalogue(locale: Locale): ParsedMessages {
  let messages = parsed.get(locale);
  if (!messages) {
    const entries = Object.entries(catalogues[locale]).map(([key, message]) => [key, parse(message)]);
    messages = Object.fromEntries(entries) as ParsedMessages;
    parsed.set(locale, messages);
  }
  return messages;
}

/** Where a catalogue's translation stands: the source, a draft, or reviewed by a fluent speaker (see messages/README.md). */
export type CatalogueStatus = 'source' | 'draft' | 'reviewed';
export const catalogueStatus = status as Record<Locale, CatalogueStatus>;

/** The catalogue key for an api error, on the server (see errorKeyIn). */
export const errorKey = (code: string | undefined, reason?: unknown): MessageKey => errorKeyIn((key) => key in en, code, reason);
