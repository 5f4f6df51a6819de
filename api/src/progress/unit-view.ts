import { allUnits, pickLocale, type CourseContent } from '../course/course-content.js';
import type { UnitView } from '../tracking/tracking.types.js';
import { unitKind } from '../unit-kinds/unit-kinds.js';

/** The learner's view of a unit: its place in the course, and what its kind shows (never answers or feedback). */
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
    media: [],
    blockedBy: [],
    sequenced: false,
  };
  unitKind(unit.type).addToView(view, text);
  return view;
}
