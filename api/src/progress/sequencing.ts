import { allUnits, pickLocale, type CourseContent, type UnitContent } from '../course/course-content.js';
import { doneRuleOf, unitKind } from '../unit-kinds/unit-kinds.js';
import type { Attempt } from '../tracking/attempt.entity.js';
import { doneUnits, unitStates, type UnitState } from './unit-progress.js';

function scoOf(unit: UnitContent) {
  const text = Object.values(unit.locales)[0];
  return text?.type === 'sco' ? text : null;
}

/**
 * The units that must be done before `unitId` may be opened: SCORM 1.2 prerequisites, and, for a
 * SCORM 2004 course imported before its activity tree was kept, forced order when choice is off.
 * SCORM 2004 courses with an activity tree are sequenced by the engine (sequencing/sequencing.service.ts).
 */
export function blockedBy(content: CourseContent, unitId: string, done: Set<string>): string[] {
  const units = allUnits(content);
  const index = units.findIndex((u) => u.id === unitId);
  const unit = units[index];
  if (!unit || !content.scorm) return [];
  const wanted = new Set(scoOf(unit)?.prerequisites ?? []);
  if (!content.scorm.controlMode.choice) units.slice(0, index).forEach((u) => wanted.add(u.id));
  return units.filter((u) => wanted.has(u.id) && !done.has(u.id)).map((u) => u.id);
}

/** Titles of units, for telling the learner what to finish first. */
export function unitTitles(content: CourseContent, unitIds: string[], locale: string): string[] {
  const units = allUnits(content);
  return unitIds.map((id) => pickLocale(units.find((u) => u.id === id)!.locales, locale, content.sourceLocale).title);
}

/** Whether a unit's result counts towards the course's: knowledge checks, and SCOs the package says contribute. */
function contributes(unit: UnitContent): boolean {
  return unitKind(unit.type).contributesToRollup(unit);
}

/** Which units a course's result is rolled up from: the contributing units (their mean score) and, of those, the graded ones. */
export interface RollupPlan {
  counted: string[];
  graded: string[];
}

/** The units `rollup` reads, in course order (the partner report's statement rolls up from the same lists). */
export function rollupPlan(content: CourseContent): RollupPlan {
  const counted = allUnits(content).filter(contributes);
  return { counted: counted.map((u) => u.id), graded: counted.filter((u) => doneRuleOf(u) === 'passed').map((u) => u.id) };
}

/**
 * The course's result rolled up from its units (SCORM 2004 style): the score is the mean of the
 * contributing units' scaled scores; the course is failed if any contributing unit failed, passed
 * when every contributing unit with a pass mark passed. In a package whose lessons do not
 * contribute, this is the post-test's result.
 */
export function rollup(content: CourseContent, states: Map<string, UnitState>): { successStatus: string; scoreScaled: number | null } {
  const { counted, graded } = rollupPlan(content);
  const scores = counted.map((id) => states.get(id)?.scoreScaled).filter((s): s is number => typeof s === 'number');
  const scoreScaled = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  const results = graded.map((id) => states.get(id)?.successStatus ?? 'unknown');
  let successStatus = 'unknown';
  if (results.includes('failed')) successStatus = 'failed';
  else if (results.length && results.every((r) => r === 'passed')) successStatus = 'passed';
  return { successStatus, scoreScaled };
}

/** Each unit's stored CMI values, for the sequencing engine to end an activity with (the newest attempt row per unit). */
export function cmiOfAttempts(attempts: { unitId: string; cmi: Record<string, string> }[]): (unitId: string) => Record<string, string> {
  const byUnit = new Map(attempts.map((a) => [a.unitId, a.cmi]));
  return (unitId) => byUnit.get(unitId) ?? {};
}

/**
 * What to tell a learner whose opening of a unit SCORM 2004 sequencing refused: the visible units before
 * it not yet done (the usual reason: forced order, a precondition), else the unit itself (an attempt
 * limit reached, a rule that disables it).
 */
export function lockedBecause(
  content: CourseContent,
  unitId: string,
  attempts: Attempt[],
  locale: string,
  visible: (unitId: string) => boolean,
): string[] {
  const units = allUnits(content);
  const done = doneUnits(content, unitStates(attempts));
  const at = Math.max(
    0,
    units.findIndex((u) => u.id === unitId),
  );
  const before = units.slice(0, at).filter((u) => visible(u.id) && !done.has(u.id));
  return unitTitles(
    content,
    (before.length ? before : units.filter((u) => u.id === unitId)).map((u) => u.id),
    locale,
  );
}
