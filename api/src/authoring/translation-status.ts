import { parse } from 'yaml';
import type { DraftFolder } from './draft-files.types.js';

export type TranslationState = 'current' | 'outdated' | 'missing';

export interface UnitTranslation {
  unitId: string;
  locale: string;
  state: TranslationState;
}

/** One save of the draft, as far as translations care: its number and its text files. */
export interface RevisionFiles {
  revision: number;
  files: Record<string, string>;
}

/** The course's languages, source first, and its units in order, read from course.yaml (empty when it cannot be read). */
export function courseLanguages(folder: DraftFolder): { sourceLocale: string; locales: string[]; units: string[] } {
  try {
    const course = parse(folder.files['course.yaml'] ?? '') as {
      sourceLocale?: string;
      locales?: string[];
      modules?: { units?: string[] }[];
    };
    const sourceLocale = course.sourceLocale ?? 'en';
    return { sourceLocale, locales: course.locales ?? [sourceLocale], units: (course.modules ?? []).flatMap((m) => m.units ?? []) };
  } catch {
    return { sourceLocale: 'en', locales: ['en'], units: [] };
  }
}

/** The last revision (of those given, oldest first) in which the file's text changed; 0 when it never did. */
function lastChange(history: RevisionFiles[], path: string): number {
  let last = 0;
  let previous: string | undefined;
  for (const { revision, files } of history) {
    if (files[path] !== previous) last = revision;
    previous = files[path];
  }
  return last;
}

/**
 * For each unit and language other than the source: missing when there is no file, out of date when the source text
 * changed in a later revision than the translation did, current otherwise.
 */
export function translationStates(folder: DraftFolder, history: RevisionFiles[]): UnitTranslation[] {
  const { sourceLocale, locales, units } = courseLanguages(folder);
  const states: UnitTranslation[] = [];
  for (const unitId of units) {
    const source = `units/${unitId}.${sourceLocale}.md`;
    for (const locale of locales.filter((l) => l !== sourceLocale)) {
      const path = `units/${unitId}.${locale}.md`;
      const state: TranslationState =
        folder.files[path] === undefined ? 'missing' : lastChange(history, source) > lastChange(history, path) ? 'outdated' : 'current';
      states.push({ unitId, locale, state });
    }
  }
  return states;
}
