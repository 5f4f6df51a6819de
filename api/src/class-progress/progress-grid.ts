import { allUnits, pickLocale, type CourseContent } from '../course/course-content.js';
import type { Enrolment } from '../enrolment/enrolment.entity.js';
import { enrolmentView } from '../progress/enrolment-view.js';
import type { Attempt } from '../tracking/attempt.entity.js';
import type { AssignmentRow, AttemptRow, EnrolmentRow, StudentRow } from './class-progress-queries.js';
import type { ProgressCellView, ProgressRowView, ProgressUnitColumnView } from './class-progress.types.js';
import { courseStatus, lastActive, timeSpent, unitStatus } from './progress-status.js';

export interface GridInput {
  students: StudentRow[];
  assignments: AssignmentRow[];
  enrolments: EnrolmentRow[];
  contents: Map<string, CourseContent>;
  attempts: AttemptRow[];
  locale: string;
  now: Date;
}

/** The learner's own view of an enrolment (progress/enrolment-view.ts), from the rows the grid (and the partner report) read. */
export function learnerView(enrolment: EnrolmentRow, content: CourseContent, attempts: AttemptRow[], locale: string) {
  // enrolmentView reads only these fields of the enrolment and of each attempt.
  const asEnrolment = {
    id: enrolment.id,
    courseVersion: { version: enrolment.version },
    enrolledAt: enrolment.enrolledAt,
    completedAt: enrolment.completedAt,
  };
  return enrolmentView(asEnrolment as unknown as Enrolment, content, attempts as unknown as Attempt[], locale, null);
}

function byKey<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** Rows of students × assigned courses, or × the units of one course (`unitCourse`). */
export function buildGrid(input: GridInput, unitCourse: string | null): { rows: ProgressRowView[]; units: ProgressUnitColumnView[] } {
  const enrolments = new Map(input.enrolments.map((e) => [`${e.userId}\n${e.courseId}`, e]));
  const attemptsBy = byKey(input.attempts, (a) => a.enrolmentId);
  const chosen = input.assignments.find((a) => a.courseId === unitCourse) ?? null;
  const units = chosen ? unitColumns(chosen.content, input.locale) : [];
  const rows = input.students.map((student) => {
    const allAttempts: AttemptRow[] = [];
    const cells = input.assignments.flatMap((assignment): ProgressCellView[] => {
      const enrolment = enrolments.get(`${student.userId}\n${assignment.courseId}`);
      const content = enrolment ? input.contents.get(enrolment.versionId) : undefined;
      const attempts = enrolment ? (attemptsBy.get(enrolment.id) ?? []) : [];
      allAttempts.push(...attempts);
      const view = enrolment && content ? learnerView(enrolment, content, attempts, input.locale) : null;
      const overdue = !!assignment.dueAt && assignment.dueAt < input.now && !view?.completedAt;
      if (chosen && assignment !== chosen) return [];
      if (chosen) return units.map((u) => unitCell(u.unitId, view, attempts, overdue));
      const status = courseStatus(view, attempts);
      return [
        {
          id: assignment.courseId,
          status,
          scoreScaled: view?.scoreScaled ?? null,
          completedUnits: view?.completedUnits ?? 0,
          totalUnits: view?.totalUnits ?? allUnits(assignment.content).length,
          seconds: timeSpent(attempts),
          lastActiveAt: lastActive(attempts),
          overdue,
        },
      ];
    });
    return { userId: student.userId, displayName: student.displayName, cells, lastActiveAt: lastActive(allAttempts) };
  });
  return { rows, units };
}

function unitCell(unitId: string, view: ReturnType<typeof learnerView> | null, attempts: AttemptRow[], overdue: boolean): ProgressCellView {
  const attempt = attempts.find((a) => a.unitId === unitId);
  const unit = view?.units.find((u) => u.unitId === unitId);
  const status = unitStatus(unit, attempt);
  return {
    id: unitId,
    status,
    scoreScaled: attempt?.scoreScaled ?? null,
    completedUnits: unit?.complete ? 1 : 0,
    totalUnits: 1,
    seconds: Math.round(attempt?.totalSeconds ?? 0),
    lastActiveAt: attempt && attempt.seq > 0 ? attempt.updatedAt : null,
    overdue: overdue && !unit?.complete,
  };
}

/** The chosen course's units, from its newest version (students on older versions show what they have). */
export function unitColumns(content: CourseContent, locale: string): ProgressUnitColumnView[] {
  const served = content.locales.includes(locale) ? locale : content.sourceLocale;
  return allUnits(content).map((unit) => ({
    unitId: unit.id,
    type: unit.type,
    title: pickLocale(unit.locales, served, content.sourceLocale).title,
  }));
}

export function courseTitle(content: CourseContent, locale: string): string {
  const served = content.locales.includes(locale) ? locale : content.sourceLocale;
  return pickLocale(content.title, served, content.sourceLocale);
}
