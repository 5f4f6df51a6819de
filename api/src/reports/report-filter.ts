import { invalidInput } from '../common/domain-error.js';

/** Completion as the report shows it: the stored done rule (`completed_at`) and whether anything was recorded yet. */
export const REPORT_STATUSES = ['not_started', 'in_progress', 'completed', 'overdue'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_SORTS = ['learner', 'course', 'class', 'enrolled', 'completed', 'lastActive', 'due', 'time'] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

/** What a person may ask of the report, as it arrives (GraphQL input or a download's query string). */
export interface ReportFilterInput {
  courseId?: string | null;
  classroomId?: string | null;
  /** Enrolled on or after this day (YYYY-MM-DD, UTC). */
  from?: string | null;
  /** Enrolled on or before this day (YYYY-MM-DD, UTC). */
  to?: string | null;
  status?: string | null;
  sort?: string | null;
  descending?: boolean | null;
}

/** The same, checked: dates are real days, the range runs forwards, names are from the known lists. */
export interface ReportFilter {
  courseId: string | null;
  classroomId: string | null;
  from: Date | null;
  /** The first instant after the last day asked for. */
  until: Date | null;
  status: ReportStatus | null;
  sort: ReportSort;
  descending: boolean;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day in UTC, or a clear refusal: 2026-02-30 is not silently read as 2 March. */
function day(value: string, field: 'from' | 'to'): Date {
  const match = DAY.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (
    !match ||
    !date ||
    date.getUTCFullYear() !== Number(match[1]) ||
    date.getUTCMonth() !== Number(match[2]) - 1 ||
    date.getUTCDate() !== Number(match[3])
  )
    throw invalidInput('REPORT_DATE_INVALID', `"${value}" is not a date (YYYY-MM-DD).`, { field });
  return date;
}

const blank = (value: string | null | undefined) => (value ?? '').trim() === '';

export function parseReportFilter(input: ReportFilterInput): ReportFilter {
  const from = blank(input.from) ? null : day(input.from!, 'from');
  const to = blank(input.to) ? null : day(input.to!, 'to');
  if (from && to && from > to) throw invalidInput('REPORT_DATE_RANGE', 'The start date is after the end date.');
  if (!blank(input.status) && !REPORT_STATUSES.includes(input.status as ReportStatus))
    throw invalidInput('REPORT_STATUS_UNKNOWN', `"${input.status}" is not a status of the report.`);
  if (!blank(input.sort) && !REPORT_SORTS.includes(input.sort as ReportSort))
    throw invalidInput('REPORT_SORT_UNKNOWN', `"${input.sort}" is not a column the report sorts by.`);
  return {
    courseId: blank(input.courseId) ? null : input.courseId!.trim(),
    classroomId: blank(input.classroomId) ? null : input.classroomId!.trim(),
    from,
    until: to ? new Date(to.getTime() + 86_400_000) : null,
    status: blank(input.status) ? null : (input.status as ReportStatus),
    sort: blank(input.sort) ? 'learner' : (input.sort as ReportSort),
    descending: input.descending ?? false,
  };
}
