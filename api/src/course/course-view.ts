import { allUnits, pickLocale, type CourseContent } from './course-content.js';
import type { CourseSummaryView, ModuleView } from './course.types.js';

/** The text of a course in one language, falling back to its source language. */
export function courseSummary(content: CourseContent, version: number, locale: string): CourseSummaryView {
  const served = content.locales.includes(locale) ? locale : content.sourceLocale;
  const pick = <T>(values: Record<string, T>) => pickLocale(values, served, content.sourceLocale);
  return {
    id: content.id,
    version,
    locale: served,
    availableLocales: content.locales,
    title: pick(content.title),
    description: pick(content.description),
    audience: content.audience && pick(content.audience),
    estimatedMinutes: content.estimatedMinutes,
    outcomes: content.outcomes[served] ?? content.outcomes[content.sourceLocale] ?? [],
    unitCount: allUnits(content).length,
    // So that the 1.2 and 2004 variants of one course can be told apart in the catalogue.
    scormVersion: content.scorm?.version ?? null,
    scormEdition: content.scorm?.edition ?? null,
  };
}

export function courseModules(content: CourseContent, locale: string): ModuleView[] {
  return content.modules.map((module) => ({
    id: module.id,
    title: pickLocale(module.title, locale, content.sourceLocale),
    units: module.units.map((unit) => ({
      id: unit.id,
      type: unit.type,
      title: pickLocale(unit.locales, locale, content.sourceLocale).title,
    })),
  }));
}
