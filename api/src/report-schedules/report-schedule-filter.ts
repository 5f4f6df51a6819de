import type { ReportFilterInput } from '../reports/report-filter.js';
import type { ReportPeriod } from './report-schedule.entity.js';

/** What a schedule keeps of the report's filters. */
export interface ScheduleFilters {
  courseId: string | null;
  classroomId: string | null;
  period: ReportPeriod | null;
  status: string | null;
  createdAt: Date;
}

const DAY = 86_400_000;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const DAYS: Record<Exclude<ReportPeriod, 'since_start'>, number> = { last_7_days: 7, last_30_days: 30, last_90_days: 90 };

/**
 * The report filter a schedule stands for on a given day (UTC): "last 30 days" is the 30 days up to and
 * including that day, "since start" every day since the schedule was made. Worked out when the file is
 * made, so a link opened later covers the days up to then; the report checks the rest as it checks the page's.
 */
export function scheduleFilterInput(schedule: ScheduleFilters, now: Date): ReportFilterInput {
  const { period } = schedule;
  const to = dayOf(now);
  let from: string | null = null;
  // A clock behind the schedule's own start still gives a range that runs forwards.
  if (period === 'since_start') from = [dayOf(schedule.createdAt), to].sort()[0]!;
  else if (period) from = dayOf(new Date(now.getTime() - (DAYS[period] - 1) * DAY));
  return { courseId: schedule.courseId, classroomId: schedule.classroomId, from, to: period ? to : null, status: schedule.status };
}
