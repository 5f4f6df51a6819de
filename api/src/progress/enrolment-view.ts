import { pickLocale, type CourseContent } from '../course/course-content.js';
import type { Enrolment } from '../enrolment/enrolment.entity.js';
import type { EnrolmentView, UnitProgressView } from '../enrolment/enrolment.types.js';
import type { Attempt } from '../tracking/attempt.entity.js';
import { blockedBy, cmiOfAttempts, rollup } from './sequencing.js';
import { activityMap, sequencingView, type SequencingView } from './sequencing/course-sequencing.js';
import { doneUnits, unitStates } from './unit-progress.js';

/** The learner's view of an enrolment: each unit's done state and availability, the rolled-up result, where to resume. */
export function enrolmentView(
  enrolment: Enrolment,
  content: CourseContent,
  attempts: Attempt[],
  locale: string,
  certificate: EnrolmentView['certificate'],
  sequencingState: string | null = null,
): EnrolmentView {
  const served = content.locales.includes(locale) ? locale : content.sourceLocale;
  const byUnit = new Map(attempts.map((a) => [a.unitId, a]));
  const states = unitStates(attempts);
  const done = doneUnits(content, states);
  const map = activityMap(content);
  // SCORM 2004 with its activity tree: the engine says what is shown, what may be opened and the result.
  const sequenced = map ? sequencingView(map, sequencingState, cmiOfAttempts(attempts)) : null;
  const units: UnitProgressView[] = content.modules.flatMap((module) =>
    module.units
      .filter((unit) => sequenced?.units.get(unit.id)?.visible ?? true)
      .map((unit) => ({
        unitId: unit.id,
        type: unit.type,
        title: pickLocale(unit.locales, served, content.sourceLocale).title,
        moduleTitle: pickLocale(module.title, served, content.sourceLocale),
        completionStatus: byUnit.get(unit.id)?.completionStatus ?? 'not attempted',
        complete: done.has(unit.id),
        available: sequenced ? (sequenced.units.get(unit.id)?.enabled ?? false) : blockedBy(content, unit.id, done).length === 0,
      })),
  );
  const result = sequenced ? sequenced.course : rollup(content, states);
  const resumeUnitId = sequenced ? sequencedResume(sequenced, units, attempts) : resumeOf(attempts, units);
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

/**
 * Resume where the learner was last working, else at the first unit not yet complete.
 * (Opening a unit alone does not count: the player loads the next unit ahead of time.)
 */
function resumeOf(attempts: Attempt[], units: UnitProgressView[]): string | null {
  const lastTouched = attempts.find((a) => a.seq > 0 && units.some((u) => u.unitId === a.unitId && !u.complete));
  return lastTouched?.unitId ?? units.find((u) => !u.complete && u.available)?.unitId ?? null;
}

/**
 * Under SCORM 2004 sequencing: the suspended unit, else the one the learner is in, else the first the
 * rules let them open that is not complete (after a failed test, the test again, if its attempt limit allows).
 */
function sequencedResume(view: SequencingView, units: UnitProgressView[], attempts: Attempt[]): string | null {
  const open = (id: string | null) => (id && units.some((u) => u.unitId === id && u.available) ? id : null);
  const failedIds = new Set(attempts.filter((a) => a.successStatus === 'failed').map((a) => a.unitId));
  const failed = units.find((u) => u.available && failedIds.has(u.unitId));
  return (
    open(view.suspendedUnitId) ??
    open(view.currentUnitId) ??
    failed?.unitId ??
    units.find((u) => !u.complete && u.available)?.unitId ??
    null
  );
}
