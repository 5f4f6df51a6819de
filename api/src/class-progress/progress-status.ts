import type { EnrolmentView } from '../enrolment/enrolment.types.js';

/** What a teacher reads in a cell of the grid. */
export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'completed', 'passed', 'failed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** The facts of one attempt that the grid shows beside the learner's own view. */
export interface AttemptFacts {
  unitId: string;
  seq: number;
  successStatus: string;
  totalSeconds: number;
  updatedAt: Date;
}

/**
 * A course's status for the teacher, read from the learner's own enrolment view (the one done rule and
 * the course's rollup), never computed another way: complete is complete, and passed or failed only
 * where the course has a result.
 */
export function courseStatus(view: EnrolmentView | null, attempts: AttemptFacts[]): ProgressStatus {
  if (!view) return 'not_started';
  if (view.successStatus === 'failed') return 'failed';
  if (view.completedAt) return view.successStatus === 'passed' ? 'passed' : 'completed';
  return attempts.some((a) => a.seq > 0) ? 'in_progress' : 'not_started';
}

/** A unit's status: done by its kind's rule (from the view), else failed, started or not. */
export function unitStatus(unit: EnrolmentView['units'][number] | undefined, attempt: AttemptFacts | undefined): ProgressStatus {
  if (unit?.complete) return attempt?.successStatus === 'passed' ? 'passed' : 'completed';
  if (attempt?.successStatus === 'failed') return 'failed';
  return attempt && attempt.seq > 0 ? 'in_progress' : 'not_started';
}

export function timeSpent(attempts: AttemptFacts[]): number {
  return Math.round(attempts.reduce((sum, a) => sum + a.totalSeconds, 0));
}

/** The last time the learner did something (opening a unit alone does not count: seq stays 0). */
export function lastActive(attempts: AttemptFacts[]): Date | null {
  const times = attempts.filter((a) => a.seq > 0).map((a) => a.updatedAt.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}
