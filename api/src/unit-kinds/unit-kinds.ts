import type { UnitContent, UnitType } from '../course/course-content.js';
import { checkKind } from './check.kind.js';
import { lessonKind } from './lesson.kind.js';
import { reflectionKind } from './reflection.kind.js';
import { scenarioKind } from './scenario.kind.js';
import { scoKind } from './sco.kind.js';
import type { DoneRule, UnitKind } from './unit-kind.js';

const KINDS: Record<UnitType, UnitKind> = {
  lesson: lessonKind,
  check: checkKind,
  reflection: reflectionKind,
  scenario: scenarioKind,
  sco: scoKind,
};

export function unitKind(type: UnitType): UnitKind {
  return KINDS[type];
}

export function doneRuleOf(unit: UnitContent): DoneRule {
  return KINDS[unit.type].doneRule(unit);
}

/** Whether a unit is done, by its kind's rule. */
export function isDone(rule: DoneRule, state: { completionStatus: string; successStatus: string }): boolean {
  if (rule === 'passed') return state.successStatus === 'passed';
  return state.completionStatus === 'completed' || state.successStatus === 'passed';
}
