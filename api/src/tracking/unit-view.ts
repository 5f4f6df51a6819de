import { allUnits, pickLocale, type CourseContent } from '../course/course-content.js';
import type { UnitView } from './tracking.types.js';

/** The learner's view of a unit: correct answers, feedback and consequences are left out. */
export function unitView(content: CourseContent, unitId: string, locale: string): UnitView | null {
  const units = allUnits(content);
  const index = units.findIndex((u) => u.id === unitId);
  const unit = units[index];
  if (!unit) return null;
  const text = pickLocale(unit.locales, locale, content.sourceLocale);
  const view: UnitView = {
    id: unit.id,
    type: unit.type,
    title: text.title,
    html: text.html,
    position: index + 1,
    total: units.length,
    previousUnitId: units[index - 1]?.id ?? null,
    nextUnitId: units[index + 1]?.id ?? null,
    // Versions published before lessons had media carry none.
    media: text.type === 'lesson' ? (text.media ?? []) : [],
    blockedBy: [],
  };
  if (text.type === 'reflection') view.prompt = text.prompt;
  if (text.type === 'check') {
    view.questions = text.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
    }));
  }
  if (text.type === 'scenario') view.choices = text.choices.map((c) => ({ id: c.id, text: c.text }));
  return view;
}
