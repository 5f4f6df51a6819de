import { pickLocale, type CourseContent } from '../course/course-content.js';
import type { Enrolment } from '../enrolment/enrolment.entity.js';
import type { EnrolmentView, UnitProgressView } from '../enrolment/enrolment.types.js';
import type { Attempt } from '../tracking/attempt.entity.js';
import { blockedBy, rollup } from './sequencing.js';
import { doneUnits, unitStates } from './unit-progress.js';

/** The learner's view of an enrolment: each unit's done state and availability, the rolled-up result, where to resume. */
export function enrolmentView(
  enrolment: Enrolment,
  content: CourseContent,
  attempts: Attempt[],
  locale: string,
  certificate: EnrolmentView['certificate'],
): EnrolmentView {
  const served = content.locales.includes(locale) ? locale : content.sourceLocale;
  const byUnit = new Map(attempts.map((a) => [a.unitId, a]));
  const states = unitStates(attempts);
  const done = doneUnits(content, states);
  const units: UnitProgressView[] = content.modules.flatMap((module) =>
    module.units.map((unit) => ({
      unitId: unit.id,
      type: unit.type,
      title: pickLocale(unit.locales, served, content.sourceLocale).title,
      moduleTitle: pickLocale(module.title, served, content.sourceLocale),
      completionStatus: byUnit.get(unit.id)?.completionStatus ?? 'not attempted',
      complete: done.has(unit.id),
      available: blockedBy(content, unit.id, done).length === 0,
    })),
  );
  const result = rollup(content, states);
  // Resume where the learner was last working, else at the first unit not yet complete.
  // (Opening a unit alone does not count: the player loads the next unit ahead of time.)
  const lastTouched = attempts.find((a) => a.seq > 0 && units.some((u) => u.unitId === a.unitId && !u.complete));
  const resumeUnitId = lastTouched?.unitId ?? units.find((u) => !u.complete && u.available)?.unitId ?? null;
  return {
    id: enrolment.id,
    courseId: content.id,
    courseTitle: pickLocale(content.title, served, content.sourceLocale),
    courseVersion: enrolment.courseVersion.version,
    locale: served,
    enrolledAt: enrolment.enrolledAt,
    completedAt: enrolment.completedAt ?? null,
    completedUnits: units.filter((u) => u.complete).length,
    totalUnits: units.length,
    resumeUnitId,
    successStatus: result.successStatus,
    scoreScaled: result.scoreScaled,
    units,
    certificate,
  };
}
