import type { ReportFilter, ReportSort } from './report-filter.js';
import { PLANS, RESULT_AGGREGATES, RESULT_COLUMNS } from './report-result-sql.js';

/**
 * The completion report's one statement: one row per enrolment recorded for the organisation, with the
 * columns progress already stores (the enrolment's `completed_at`, the attempts' derived columns, the
 * certificate) and nothing recomputed. The table, the downloads and the dashboard all start from it, so
 * they cannot disagree. Parameters are numbered for node-postgres ($1 the organisation, $2 the locale, $3 the
 * versions' result plans, report-result-plans.ts). What counts rows (the dashboard, the table's total) reads a
 * leaner form of the same rows (`countedRows`).
 */
export interface ReportSql {
  text: string;
  params: unknown[];
}

const SORT_COLUMNS: Record<ReportSort, string> = {
  learner: 'lower(r.learner_name)',
  course: 'lower(r.course_title)',
  class: 'lower(r.class_name)',
  enrolled: 'r.enrolled_at',
  completed: 'r.completed_at',
  lastActive: 'r.last_active_at',
  due: 'r.due_at',
  time: 'r.seconds',
};

const VERSIONS = `versions as materialized (
       select id, version, coalesce(content->'title'->>$2, content->'title'->>(content->>'sourceLocale')) as course_title from course_version)`;
const ASSIGNMENT = `assignment asg on asg.classroom_id = e.classroom_id and asg.course_id = e.course_id and asg.withdrawn_at is null`;
const OVERDUE = `(asg.due_at is not null and asg.due_at < now() and e.completed_at is null)`;

// Course titles, teachers and attempt totals are each worked out once and joined by hash, not per row: a
// version's content is large, and reading it for every row cost more than everything else together (pnpm bench).
const BASE = `
with ${VERSIONS},
     ${PLANS},
     teachers as materialized (
       select ct.classroom_id, string_agg(t.display_name, ', ' order by lower(t.display_name)) as names
         from classroom_teacher ct join classroom c on c.id = ct.classroom_id join app_user t on t.id = ct.user_id
        where c.organisation_id = $1 group by ct.classroom_id),
     attempts as materialized (
       select at.enrolment_id, min(at.created_at) as first_launched_at, max(at.updated_at) filter (where at.seq > 0) as last_active_at,
              sum(at.total_seconds) as seconds, bool_or(at.seq > 0) as started, ${RESULT_AGGREGATES}
         from attempt at join enrolment oe on oe.id = at.enrolment_id left join plans p on p.version_id = oe.course_version_id
        where oe.organisation_id = $1 group by at.enrolment_id)
select e.id as enrolment_id, e.user_id, u.display_name as learner_name, cs.external_id as student_number, e.course_id, v.version,
       e.course_version_id, v.course_title, cl.id as classroom_id, cl.name as class_name, tc.names as teachers,
       e.enrolled_at, a.first_launched_at, e.completed_at, a.last_active_at, coalesce(a.seconds, 0) as seconds,
       coalesce(a.started, false) as started, asg.due_at,
       ${OVERDUE} as overdue, cert.code as certificate_code, ${RESULT_COLUMNS}
  from enrolment e
  join app_user u on u.id = e.user_id
  join versions v on v.id = e.course_version_id
  left join plans p on p.version_id = e.course_version_id
  left join classroom cl on cl.id = e.classroom_id
  left join classroom_student cs on cs.classroom_id = e.classroom_id and cs.user_id = e.user_id
  left join teachers tc on tc.classroom_id = cl.id
  left join ${ASSIGNMENT}
  left join attempts a on a.enrolment_id = e.id
  left join certificate cert on cert.enrolment_id = e.id
 where e.organisation_id = $1`;

/**
 * The same rows with only what the dashboard counts and filters by (course, class, dates, completion,
 * started, overdue): no attempt totals, teachers, certificates or results, which cost most of the
 * statement. Started is the same rule (a commit applied), asked of the attempts only where a filter reads it.
 */
const COUNTED = `
with ${VERSIONS}
select e.id as enrolment_id, e.user_id, e.course_id, v.version, v.course_title, cl.id as classroom_id, cl.name as class_name,
       e.enrolled_at, e.completed_at, exists (select 1 from attempt at where at.enrolment_id = e.id and at.seq > 0) as started,
       ${OVERDUE} as overdue
  from enrolment e
  join versions v on v.id = e.course_version_id
  left join classroom cl on cl.id = e.classroom_id
  left join ${ASSIGNMENT}
 where e.organisation_id = $1`;

/** Completion by the one done rule (`completed_at`), then whether any commit was applied. */
export const COMPLETION = `case when r.completed_at is not null then 'completed' when r.started then 'in_progress' else 'not_started' end`;

/**
 * A report row as the table and the XLSX want it (completion-report-rows.ts's ReportRow), named so that
 * node-postgres hands back that object itself: nothing is rebuilt per row in JS. Seconds are rounded as
 * `Math.round`. The student number only for those who may see it (`numbers`, access/permissions.ts).
 */
const row = (numbers: boolean) => `r.enrolment_id as "enrolmentId", r.user_id as "userId", r.learner_name as "learnerName",
       ${numbers ? 'r.student_number' : 'null::text'} as "studentNumber", r.course_id as "courseId",
       r.course_title as "courseTitle", r.version as "courseVersion", r.classroom_id as "classroomId", r.class_name as "className",
       r.teachers, r.enrolled_at as "enrolledAt", r.first_launched_at as "firstLaunchedAt", r.completed_at as "completedAt",
       r.last_active_at as "lastActiveAt", ${COMPLETION} as completion,
       r.success, r.score_scaled as "scoreScaled", floor(r.seconds + 0.5)::int as seconds, r.due_at as "dueAt", r.overdue,
       r.certificate_code as "certificateCode"`;

/** The filters as SQL conditions on the base rows (`r`), adding their values after the statement's own. */
function conditions(filter: ReportFilter, params: unknown[]): string[] {
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.courseId) add((n) => `r.course_id = ${n}`, filter.courseId);
  if (filter.classroomId) add((n) => `r.classroom_id = ${n}::uuid`, filter.classroomId);
  if (filter.from) add((n) => `r.enrolled_at >= ${n}`, filter.from);
  if (filter.until) add((n) => `r.enrolled_at < ${n}`, filter.until);
  if (filter.status === 'completed') where.push('r.completed_at is not null');
  if (filter.status === 'in_progress') where.push('r.completed_at is null and r.started');
  if (filter.status === 'not_started') where.push('r.completed_at is null and not r.started');
  if (filter.status === 'overdue') where.push('r.overdue');
  return where;
}

/** The filtered rows of one organisation (`r`), to select from, count or group. */
export function filteredRows(organisationId: string, locale: string, plans: string, filter: ReportFilter): ReportSql {
  const params: unknown[] = [organisationId, locale, plans];
  const where = conditions(filter, params);
  return { text: `select * from (${BASE}) r${where.length ? ` where ${where.join(' and ')}` : ''}`, params };
}

/** The filtered rows (`r`) as the dashboard counts them ($1 the organisation, $2 the locale, the filters after). */
export function countedRows(organisationId: string, locale: string, filter: ReportFilter): ReportSql {
  const params: unknown[] = [organisationId, locale];
  const where = conditions(filter, params);
  return { text: `select * from (${COUNTED}) r${where.length ? ` where ${where.join(' and ')}` : ''}`, params };
}

/** The filtered rows as `select` lists them, in the chosen order (empty values last either way), ties broken by enrolment so pages never overlap. */
export function orderedSelect(organisationId: string, locale: string, plans: string, filter: ReportFilter, select: string): ReportSql {
  const { text, params } = filteredRows(organisationId, locale, plans, filter);
  const direction = filter.descending ? 'desc' : 'asc';
  return {
    text: `select ${select} from (${text}) r order by ${SORT_COLUMNS[filter.sort]} ${direction} nulls last, lower(r.learner_name), r.enrolment_id`,
    params,
  };
}

/** The report's rows (ReportRow) in the chosen order; `numbers` says whether the student number is filled in. */
export function orderedRows(organisationId: string, locale: string, plans: string, filter: ReportFilter, numbers = false): ReportSql {
  return orderedSelect(organisationId, locale, plans, filter, row(numbers));
}
