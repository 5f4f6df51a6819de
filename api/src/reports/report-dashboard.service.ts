import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { SqlPool } from '../database/sql-pool.js';
import { CompletionReportService } from './completion-report.service.js';
import { filteredRows } from './completion-report-sql.js';
import type { DashboardGroupView, DashboardMonthView, ReportDashboardView } from './completion-report.types.js';
import type { ReportFilterInput } from './report-filter.js';

interface Counts {
  enrolled: number;
  completed: number;
  overdue: number;
}
const COUNTS = `count(*)::int as enrolled, count(r.completed_at)::int as completed, count(*) filter (where r.overdue)::int as overdue`;

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
    const { text, params } = filteredRows(organisationId, viewer.locale, filter);
    const [[totals], byCourse, byClass, overTime] = await Promise.all([
      this.pool.once<Counts & { learners: number }>(
        `select count(distinct r.user_id)::int as learners, ${COUNTS} from (${text}) r`,
        params,
      ),
      this.pool.once<DashboardGroupView>(
        `select r.course_id as id, (array_agg(r.course_title order by r.version desc))[1] as name, ${COUNTS}
           from (${text}) r group by r.course_id order by 2, 1`,
        params,
      ),
      this.pool.once<DashboardGroupView>(
        `select r.classroom_id as id, min(r.class_name) as name, ${COUNTS}
           from (${text}) r group by r.classroom_id order by 2 nulls last, 1`,
        params,
      ),
      this.months(text, params),
    ]);
    return {
      learners: totals?.learners ?? 0,
      enrolled: totals?.enrolled ?? 0,
      completed: totals?.completed ?? 0,
      overdue: totals?.overdue ?? 0,
      byCourse,
      byClass,
      overTime,
    };
  }

  /** Every month (UTC) from the first completion to this one, with its completions and the running total. */
  private months(text: string, params: unknown[]): Promise<DashboardMonthView[]> {
    return this.pool.once<DashboardMonthView>(
      `with done as (select date_trunc('month', r.completed_at at time zone 'UTC') as month from (${text}) r where r.completed_at is not null),
            span as (select generate_series(min(month), date_trunc('month', now() at time zone 'UTC'), interval '1 month') as month from done)
       select to_char(s.month, 'YYYY-MM') as month, count(d.month)::int as completed,
              (sum(count(d.month)) over (order by s.month))::int as cumulative
         from span s left join done d on d.month = s.month group by s.month order by s.month`,
      params,
    );
  }
}
