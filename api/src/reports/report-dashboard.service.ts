import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { SqlPool } from '../database/sql-pool.js';
import { CompletionReportService } from './completion-report.service.js';
import { countedRows } from './completion-report-sql.js';
import type { DashboardGroupView, DashboardMonthView, ReportDashboardView } from './completion-report.types.js';
import type { ReportFilterInput } from './report-filter.js';

/** One line of the dashboard's statement: the totals, a course, a class, or a month. */
interface DashboardLine {
  kind: 'class' | 'course' | 'month' | 'total';
  id: string | null;
  name: string | null;
  learners: number;
  enrolled: number;
  completed: number;
  overdue: number;
  cumulative: number;
}

// grouping() of (course, class, month) for each set: the bits of the columns not grouped by.
const BY_COURSE = 3;
const BY_CLASS = 5;
const BY_MONTH = 6;

/**
 * The report's rows read once and counted four ways in one pass (grouping sets): the totals, by course,
 * by class and by month of completion; then every month (UTC) from the first completion to this one,
 * with its completions and the running total. Four statements over the same rows cost four times one.
 */
const counted = (rows: string) => `
with r as materialized (
       -- Only the columns counted: a filter that does not ask whether a row was started leaves the attempts unread.
       select r.user_id, r.course_id, r.version, r.course_title, r.classroom_id, r.class_name, r.completed_at, r.overdue from (${rows}) r),
     counted as (
       select grouping(r.course_id, r.classroom_id, m.month) as set, r.course_id, r.classroom_id, m.month,
              (array_agg(r.course_title order by r.version desc))[1] as course_name, min(r.class_name) as class_name,
              count(distinct r.user_id)::int as learners, count(*)::int as enrolled, count(r.completed_at)::int as completed,
              count(*) filter (where r.overdue)::int as overdue
         from r cross join lateral (select date_trunc('month', r.completed_at at time zone 'UTC') as month) m
        group by grouping sets ((), (r.course_id), (r.classroom_id), (m.month))),
     span as (
       select generate_series(min(month), date_trunc('month', now() at time zone 'UTC'), interval '1 month') as month
         from counted where set = ${BY_MONTH} and month is not null)
select 'month' as kind, null as id, to_char(s.month, 'YYYY-MM') as name, 0 as learners, 0 as enrolled,
       coalesce(c.completed, 0) as completed, 0 as overdue, (sum(coalesce(c.completed, 0)) over (order by s.month))::int as cumulative,
       null as course_id, null::uuid as classroom_id
  from span s left join counted c on c.set = ${BY_MONTH} and c.month = s.month
union all
select case c.set when ${BY_COURSE} then 'course' when ${BY_CLASS} then 'class' else 'total' end,
       coalesce(c.course_id, c.classroom_id::text), case c.set when ${BY_COURSE} then c.course_name else c.class_name end,
       c.learners, c.enrolled, c.completed, c.overdue, 0, c.course_id, c.classroom_id
  from counted c where c.set <> ${BY_MONTH}
 order by kind, name nulls last, course_id, classroom_id`;

const group = ({ id, name, enrolled, completed, overdue }: DashboardLine): DashboardGroupView => ({
  id,
  name,
  enrolled,
  completed,
  overdue,
});

/**
 * The dashboard counts the report's own rows (the same statement and filters, completion as stored), so
 * every point of a chart is a number the table and the downloads also give.
 */
@Injectable()
export class ReportDashboardService {
  constructor(
    private readonly report: CompletionReportService,
    private readonly pool: SqlPool,
  ) {}

  async dashboard(viewer: Viewer, organisationId: string, input: ReportFilterInput): Promise<ReportDashboardView> {
    const filter = await this.report.checked(viewer, organisationId, input);
    const { text, params } = countedRows(organisationId, viewer.locale, filter);
    const lines = await this.pool.once<DashboardLine>(counted(text), params);
    const totals = lines.find((l) => l.kind === 'total');
    return {
      learners: totals?.learners ?? 0,
      enrolled: totals?.enrolled ?? 0,
      completed: totals?.completed ?? 0,
      overdue: totals?.overdue ?? 0,
      byCourse: lines.filter((l) => l.kind === 'course').map(group),
      byClass: lines.filter((l) => l.kind === 'class').map(group),
      overTime: lines
        .filter((l) => l.kind === 'month')
        .map((l): DashboardMonthView => ({ month: l.name!, completed: l.completed, cumulative: l.cumulative })),
    };
  }
}
