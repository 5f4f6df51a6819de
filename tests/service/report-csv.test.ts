import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { CourseContent } from '@kinship/api/course/course-content';
import { courseResultPlan } from '@kinship/api/progress/course-result-plan';
import type { ReportRow } from '@kinship/api/reports/completion-report-rows';
import { CompletionReportService, type ReportFile } from '@kinship/api/reports/completion-report.service';
import { reportColumns, type ReportColumn } from '@kinship/api/reports/report-columns';
import { parseReportFilter } from '@kinship/api/reports/report-filter';
import { neutraliseFormula } from '@kinship/api/roster/formula-cells';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceStack, type ServiceStack } from '../support/service-stack.js';

/** CSV as rows of cells, as a spreadsheet reads it (a byte-order mark skipped). */
const csvCells = (text: string | Buffer): string[][] => parse(text, { bom: true, columns: false });

let stack: ServiceStack;
let report: CompletionReportService;
let organisationId: string;

/** Learners whose names and numbers test the cells: formulas, quotes, commas, right to left, a line break, leading zeros. */
const LEARNERS = [
  { name: '=HYPERLINK("http://example.test","Ana")', number: '=12', score: 0.125, seconds: 90, completed: true },
  { name: 'مريم "Q", R.', number: '0042', score: -0.005, seconds: 150, completed: false },
  { name: 'Two\nlines', number: null, score: 0.005, seconds: 29.5, completed: false },
  { name: '-Minus', number: '', score: null, seconds: 0, completed: false },
];

beforeAll(async () => {
  stack = await startServiceStack();
  report = stack.app.get(CompletionReportService);
  const q = async <T extends object>(sql: string, values: unknown[] = []) =>
    (await stack.db.query<T & Record<string, unknown>>(sql, values)).rows;
  organisationId = (
    await q<{ id: string }>(
      `insert into organisation (id, name, slug, created_at) values (gen_random_uuid(), 'CSV org', 'csv-org', now()) returning id`,
    )
  )[0]!.id;
  const [version] = await q<{ id: string; course_id: string; content: CourseContent }>(
    `select id, course_id, content from course_version where course_id = 'anti-racism-foundations' order by version desc limit 1`,
  );
  const unitId = courseResultPlan(version!.content).counted[0]!;
  const classroomId = randomUUID();
  await q(
    `insert into classroom (id, organisation_id, name, term, sign_in_code, join_code, created_at) values ($1, $2, '+Class, "A"', 't', 'CSV001', 'CSVJOIN1', now())`,
    [classroomId, organisationId],
  );
  await q(
    `insert into classroom_teacher (classroom_id, user_id, added_at) select $1, id, now() from app_user where email = 'teacher@demo.kinship.test'`,
    [classroomId],
  );
  await q(
    `insert into assignment (id, classroom_id, course_id, due_at, assigned_at) values (gen_random_uuid(), $1, $2, now() - interval '1 day', now())`,
    [classroomId, version!.course_id],
  );
  for (const [n, l] of LEARNERS.entries()) {
    const userId = randomUUID();
    const enrolmentId = randomUUID();
    await q(`insert into app_user (id, display_name, locale, created_at) values ($1, $2, 'en', now())`, [userId, l.name]);
    const inClass = l.number !== null;
    if (inClass)
      await q(
        `insert into classroom_student (classroom_id, user_id, source, external_id, joined_at) values ($1, $2, 'roster', $3, now())`,
        [classroomId, userId, l.number],
      );
    await q(
      `insert into enrolment (id, user_id, course_id, course_version_id, organisation_id, classroom_id, enrolled_at, completed_at)
       values ($1, $2, $3, $4, $5, $6, timestamptz '2026-11-03 09:30:59.9+00' + $7::int * interval '1 hour', case when $8 then timestamptz '2026-11-04 10:05:00+00' end)`,
      [enrolmentId, userId, version!.course_id, version!.id, organisationId, inClass ? classroomId : null, n, l.completed],
    );
    await q(
      `insert into attempt (id, enrolment_id, unit_id, seq, cmi, session_seconds, session_seqs, completion_status, success_status, score_scaled, total_seconds, created_at, updated_at)
       values (gen_random_uuid(), $1, $2, 1, '{}', '{}', '{}', 'completed', 'unknown', $3, $4, now(), now())`,
      [enrolmentId, unitId, l.score, l.seconds],
    );
    if (l.completed)
      await q(
        `insert into certificate (id, enrolment_id, user_id, code, learner_name, course_title, course_version, issued_at, pdf) values (gen_random_uuid(), $1, $2, 'KIN-TEST-0001', $3, 'c', 1, now(), '')`,
        [enrolmentId, userId, l.name],
      );
  }
});
afterAll(() => stack?.stop());

const file = (numbers: boolean, locale = 'en', input = {}): ReportFile => ({
  organisationId,
  locale,
  filter: parseReportFilter(input),
  numbers,
});

async function written(f: ReportFile, format: 'csv' | 'xlsx' = 'csv', bom = false): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({ write: (chunk: Buffer, _e, done) => (chunks.push(chunk), done()) });
  await report.write(f, format, out, bom);
  return Buffer.concat(chunks);
}

async function rowsOf(f: ReportFile): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for await (const batch of report.rowsOf(f)) rows.push(...batch);
  return rows;
}

/** A cell as the api wrote it in JS before PostgreSQL wrote the CSV: the rule both files and the class grid follow. */
function expectedCell(column: ReportColumn, row: ReportRow): string {
  const value = column.value(row);
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 16).replace('T', ' ');
  if (typeof value === 'number') return String(column.kind === 'percent' ? Math.round(value * 100) : value);
  return neutraliseFormula(value);
}

describe('the report’s CSV, written by PostgreSQL', () => {
  it('has the cells the XLSX and the table have, row for row, formatted as the class grid formats them', async () => {
    for (const numbers of [true, false]) {
      const f = file(numbers);
      const columns = reportColumns('en', numbers);
      const csv = csvCells(await written(f));
      const rows = await rowsOf(f);
      expect(rows).toHaveLength(LEARNERS.length);
      expect(csv).toEqual([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => expectedCell(c, r)))]);
    }
  });

  it('rounds percents and minutes as Math.round does, writes UTC minutes, keeps formula-like text and numbers as text', async () => {
    const csv = csvCells(await written(file(true)));
    const [header, ...rows] = csv;
    const cell = (learner: string, column: string) => rows.find((r) => r[0] === learner)![header!.indexOf(column)];
    const ana = `'${LEARNERS[0]!.name}`;
    expect([cell(ana, 'Student number'), cell(ana, 'Score (%)'), cell(ana, 'Time spent (minutes)')]).toEqual(["'=12", '13', '2']);
    expect([cell(ana, 'Enrolled (UTC)'), cell(ana, 'Completed (UTC)'), cell(ana, 'Certificate code')]).toEqual([
      '2026-11-03 09:30',
      '2026-11-04 10:05',
      'KIN-TEST-0001',
    ]);
    expect(cell(ana, 'Class')).toBe(`'+Class, "A"`);
    expect([cell(LEARNERS[1]!.name, 'Student number'), cell(LEARNERS[1]!.name, 'Score (%)'), cell(LEARNERS[1]!.name, 'Overdue')]).toEqual([
      '0042',
      '0',
      'yes',
    ]);
    expect([cell('Two\nlines', 'Student number'), cell('Two\nlines', 'Score (%)'), cell('Two\nlines', 'Time spent (minutes)')]).toEqual([
      '',
      '1',
      '1',
    ]);
    expect(cell("'-Minus", 'Student number')).toBe('');
  });

  it('ends records with CRLF, starts with a byte-order mark only when asked, and heads a filter with no rows', async () => {
    const text = (await written(file(false), 'csv', true)).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')).toHaveLength(LEARNERS.length + 2);
    expect(text).toContain('"Two\nlines"');
    const none = (await written(file(false, 'fr', { from: '2001-01-01', to: '2001-01-02' }))).toString('utf8');
    expect(none.charCodeAt(0)).not.toBe(0xfeff);
    expect(parse(none)).toEqual([reportColumns('fr').map((c) => c.header)]);
  });

  it('gives up its connection when the client goes away half-way, and the next download is whole', async () => {
    const failing = new Writable({ write: (_chunk, _e, done) => done(new Error('client went away')) });
    await expect(report.write(file(false), 'csv', failing)).rejects.toThrow();
    const again = csvCells(await written(file(false)));
    expect(again).toHaveLength(LEARNERS.length + 1);
  });
});
