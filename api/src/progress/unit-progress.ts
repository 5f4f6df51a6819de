import { allUnits, type CourseContent } from '../course/course-content.js';
import { doneRuleOf, isDone } from '../unit-kinds/unit-kinds.js';

/** A unit's tracked state as completion, rollup and sequencing need it. */
export interface UnitState {
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
}

/** Attempts keyed by unit. */
export function unitStates(attempts: { unitId: string; completionStatus: string; successStatus: string; scoreScaled?: number | null }[]) {
  return new Map<string, UnitState>(attempts.map((a) => [a.unitId, { ...a, scoreScaled: a.scoreScaled ?? null }]));
}

/** The units that count as done, by the course's rule for each. */
export function doneUnits(content: CourseContent, states: Map<string, UnitState>): Set<string> {
  const done = allUnits(content).filter((unit) => {
    const state = states.get(unit.id);
    return state !== undefined && isDone(doneRuleOf(unit), state);
  });
  return new Set(done.map((unit) => unit.id));
}
