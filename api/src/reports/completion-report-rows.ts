import type { EntityManager } from '@mikro-orm/postgresql';
import { attemptsOf, versionContents, type AttemptRow } from '../class-progress/class-progress-queries.js';
import { learnerView } from '../class-progress/progress-grid.js';
import type { CourseContent } from '../course/course-content.js';

/** A row as the statement gives it (node-postgres: timestamps as dates, sums as numbers or null). */
export interface RawReportRow {
  enrolment_id: string;
  user_id: string;
  learner_name: string;
  course_id: string;
  version: number;
  course_version_id: string;
  course_title: string;
  classroom_id: string | null;
  class_name: string | null;
  teachers: string | null;
  enrolled_at: Date;
  first_launched_at: Date | null;
  completed_at: Date | null;
  last_active_at: Date | null;
  seconds: number | string;
  started: boolean;
  due_at: Date | null;
  overdue: boolean;
  certificate_code: string | null;
}

export type Completion = 'not_started' | 'in_progress' | 'completed';

/** One learner × course, with every column of the report. */
export interface ReportRow {
  enrolmentId: string;
  userId: string;
  learnerName: string;
  courseId: string;
  courseTitle: string;
  courseVersion: number;
  classroomId: string | null;
  className: string | null;
  teachers: string | null;
  enrolledAt: Date;
  firstLaunchedAt: Date | null;
  completedAt: Date | null;
  lastActiveAt: Date | null;
  completion: Completion;
  /** The course's rolled-up result, from the learner's own enrolment view: passed, failed or unknown. */
  success: string;
  scoreScaled: number | null;
  seconds: number;
  dueAt: Date | null;
  overdue: boolean;
  certificateCode: string | null;
}

/**
 * Completion from what progress stored: complete once `completed_at` is set (the one done rule), in
 * progress once any commit was applied, as the class grid reads it (class-progress/progress-status.ts).
 */
function completionOf(raw: RawReportRow): Completion {
  if (raw.completed_at) return 'completed';
  return raw.started ? 'in_progress' : 'not_started';
}

function byEnrolment(attempts: AttemptRow[]): Map<string, AttemptRow[]> {
  const map = new Map<string, AttemptRow[]>();
  for (const a of attempts) map.set(a.enrolmentId, [...(map.get(a.enrolmentId) ?? []), a]);
  return map;
}

/**
 * Adds the course result and score to a batch of rows: the learner's enrolment view (the same function
 * the class grid uses) over the attempts, with each version's content read once and kept in `contents`.
 */
export async function deriveRows(
  em: EntityManager,
  raws: RawReportRow[],
  contents: Map<string, CourseContent>,
  locale: string,
): Promise<ReportRow[]> {
  if (!raws.length) return [];
  const missing = [...new Set(raws.map((r) => r.course_version_id))].filter((id) => !contents.has(id));
  for (const [id, content] of await versionContents(em, missing)) contents.set(id, content);
  const attempts = byEnrolment(
    await attemptsOf(
      em,
      raws.map((r) => r.enrolment_id),
      false,
    ),
  );
  return raws.map((raw) => {
    const content = contents.get(raw.course_version_id)!;
    const view = learnerView(
      {
        id: raw.enrolment_id,
        userId: raw.user_id,
        courseId: raw.course_id,
        version: raw.version,
        enrolledAt: raw.enrolled_at,
        completedAt: raw.completed_at,
        versionId: raw.course_version_id,
      },
      content,
      attempts.get(raw.enrolment_id) ?? [],
      locale,
    );
    return {
      enrolmentId: raw.enrolment_id,
      userId: raw.user_id,
      learnerName: raw.learner_name,
      courseId: raw.course_id,
      courseTitle: raw.course_title,
      courseVersion: raw.version,
      classroomId: raw.classroom_id,
      className: raw.class_name,
      teachers: raw.teachers,
      enrolledAt: raw.enrolled_at,
      firstLaunchedAt: raw.first_launched_at,
      completedAt: raw.completed_at,
      lastActiveAt: raw.last_active_at,
      completion: completionOf(raw),
      success: view.successStatus,
      scoreScaled: view.scoreScaled,
      // As the grid's timeSpent: the attempts' total seconds, summed, rounded once.
      seconds: Math.round(Number(raw.seconds)),
      dueAt: raw.due_at,
      overdue: raw.overdue,
      certificateCode: raw.certificate_code,
    };
  });
}
