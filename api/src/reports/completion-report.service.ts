import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { isPlatformAdmin, mayReportOn, maySeeStudentNumbers } from '../access/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import type pg from 'pg';
import { SqlPool } from '../database/sql-pool.js';
import type { ReportRow } from './completion-report-rows.js';
import { countedRows, orderedRows, orderedSelect } from './completion-report-sql.js';
import type { ReportOptionsView, ReportOrganisationView } from './completion-report.types.js';
import { reportColumns } from './report-columns.js';
import { csvCellSql, writeCsv } from './report-csv.js';
import { REPORT_CURSOR_TYPES } from './report-cursor-types.js';
import { parseReportFilter, type ReportFilter, type ReportFilterInput } from './report-filter.js';
import { ReportResultPlans } from './report-result-plans.js';
import { writeXlsx } from './report-xlsx.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_PAGE = 100;
/** Rows fetched from the cursor at a time while a download streams. */
const BATCH = 2000;

/** A report to write as a file: whose, in which language, which rows, and whether it shows student numbers. */
export interface ReportFile {
  organisationId: string;
  locale: string;
  filter: ReportFilter;
  numbers: boolean;
}

/**
 * The completion report of an organisation for its partner admins (and platform admins): who asks is
 * checked first (access/permissions.ts), then the filters, which must name this organisation's classes.
 * Another organisation is "not found", so its existence is not told either.
 */
@Injectable()
export class CompletionReportService {
  constructor(
    private readonly pool: SqlPool,
    private readonly plans: ReportResultPlans,
  ) {}

  async organisations(viewer: Viewer): Promise<ReportOrganisationView[]> {
    if (isPlatformAdmin(viewer)) return this.pool.once(`select id, name from organisation order by lower(name)`, []);
    const own = viewer.memberships.filter((m) => m.role === 'partner_admin');
    return [...new Map(own.map((m) => [m.organisationId, { id: m.organisationId, name: m.organisationName }])).values()];
  }

  /** Checks the viewer and the filters; the filters' ids must be this organisation's (or a real course). */
  async checked(viewer: Viewer, organisationId: string, input: ReportFilterInput): Promise<ReportFilter> {
    if (!UUID.test(organisationId) || !mayReportOn(viewer, organisationId)) throw notFound('That organisation');
    return this.checkFilter(organisationId, input);
  }

  /** The filters alone, for callers that settled who may read first (a scheduled report's signed link). */
  async checkFilter(organisationId: string, input: ReportFilterInput): Promise<ReportFilter> {
    const filter = parseReportFilter(input);
    if (filter.classroomId) {
      const known = UUID.test(filter.classroomId)
        ? await this.pool.once(`select 1 from classroom where id = $1 and organisation_id = $2`, [filter.classroomId, organisationId])
        : [];
      if (!known.length) throw invalidInput('REPORT_CLASS_UNKNOWN', 'That class is not one of this organisation’s.');
    }
    if (filter.courseId && !(await this.pool.once(`select 1 from course where id = $1`, [filter.courseId])).length)
      throw invalidInput('REPORT_COURSE_UNKNOWN', 'There is no such course.');
    return filter;
  }

  async options(viewer: Viewer, organisationId: string): Promise<ReportOptionsView> {
    await this.checked(viewer, organisationId, {});
    const [courses, classes] = await Promise.all([
      this.pool.once<{ id: string; name: string }>(
        `select distinct on (e.course_id) e.course_id as id,
                coalesce(v.content->'title'->>$2, v.content->'title'->>(v.content->>'sourceLocale')) as name
           from enrolment e join course_version v on v.id = e.course_version_id
          where e.organisation_id = $1 order by e.course_id, v.version desc`,
        [organisationId, viewer.locale],
      ),
      this.pool.once<{ id: string; name: string }>(`select id, name from classroom where organisation_id = $1 order by lower(name), id`, [
        organisationId,
      ]),
    ]);
    return {
      courses: courses.sort((a, b) => a.name.localeCompare(b.name)),
      classes,
      studentNumbers: maySeeStudentNumbers(viewer, organisationId),
    };
  }

  async page(viewer: Viewer, organisationId: string, input: ReportFilterInput, offset: number, limit: number) {
    const filter = await this.checked(viewer, organisationId, input);
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
      throw invalidInput('REPORT_PAGE_INVALID', `Pages hold 1 to ${MAX_PAGE} rows from a start of 0 or more.`, { max: MAX_PAGE });
    const counted = countedRows(organisationId, viewer.locale, filter);
    const numbers = maySeeStudentNumbers(viewer, organisationId);
    const ordered = orderedRows(organisationId, viewer.locale, await this.plans.parameter(), filter, numbers);
    const n = ordered.params.length;
    const [[count], rows] = await Promise.all([
      this.pool.once<{ total: number }>(`select count(*)::int as total from (${counted.text}) c`, counted.params),
      this.pool.once<ReportRow>(`${ordered.text} limit $${n + 1} offset $${n + 2}`, [...ordered.params, limit, offset]),
    ]);
    return { rows, total: count?.total ?? 0, offset, limit };
  }

  /** The report as the viewer may read it, its filters checked (a clear error before the first byte of a file). */
  async file(viewer: Viewer, organisationId: string, input: ReportFilterInput): Promise<ReportFile> {
    const filter = await this.checked(viewer, organisationId, input);
    return { organisationId, locale: viewer.locale, filter, numbers: maySeeStudentNumbers(viewer, organisationId) };
  }

  /** Writes the file: the CSV by PostgreSQL's COPY, the XLSX from the rows a batch at a time. */
  async write(file: ReportFile, format: 'csv' | 'xlsx', out: Writable, bom = false): Promise<void> {
    const columns = reportColumns(file.locale, file.numbers);
    if (format === 'xlsx') return writeXlsx(this.rowsOf(file), columns, file.locale === 'fr' ? 'Achèvement' : 'Completion', out);
    const plans = await this.plans.parameter();
    const cells = orderedSelect(file.organisationId, file.locale, plans, file.filter, columns.map(csvCellSql).join(', '));
    const client = await this.pool.connect();
    let finished = false;
    try {
      await writeCsv(client, cells, columns, bom, out);
      finished = true;
    } finally {
      // A COPY cut off half-way leaves the connection mid-statement: it is discarded, not reused.
      client.release(!finished);
    }
  }

  /**
   * Every row, in order, a batch at a time, through a server-side cursor in a read-only transaction:
   * the api holds one batch at a time however large the report. The next batch is asked for before
   * this one is handed on, so PostgreSQL reads it while the file is written.
   */
  async *rowsOf({ organisationId, locale, filter, numbers }: ReportFile): AsyncGenerator<ReportRow[]> {
    const { text, params } = orderedRows(organisationId, locale, await this.plans.parameter(), filter, numbers);
    const client = await this.pool.connect();
    const fetch = () => client.query<ReportRow>({ text: `fetch ${BATCH} from report_rows`, types: REPORT_CURSOR_TYPES });
    let next: Promise<pg.QueryResult<ReportRow>> | null = null;
    let finished = false;
    try {
      await client.query('begin read only');
      await client.query(`set local time zone 'UTC'`);
      await client.query(`declare report_rows no scroll cursor for ${text}`, params);
      next = fetch();
      for (;;) {
        const { rows } = await next;
        if (!rows.length) break;
        next = fetch();
        yield rows;
      }
      next = null;
      await client.query('commit');
      finished = true;
    } finally {
      // A download abandoned half-way leaves its transaction open (and maybe a batch on its way): that
      // connection is discarded, not reused.
      next?.catch(() => undefined);
      client.release(!finished);
    }
  }
}
