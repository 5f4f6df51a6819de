import { parse } from 'csv-parse/sync';

/** CSV text as rows of cells, as a spreadsheet reads it (a byte-order mark skipped). */
const csvCells = (text: string | Buffer): string[][] => parse(text, { bom: true, columns: false });
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClient } from '../support/classroom-fixture.js';
import type { ApiClient } from '../support/graphql-client.js';
import { memberOf, organisationId, organisationWithProgress } from '../support/partner-fixture.js';
import { startStack, type Stack } from '../support/stack.js';

const REPORT = `query($o: ID!, $f: CompletionReportFilter, $offset: Int, $limit: Int) {
  completionReport(organisationId: $o, filter: $f, offset: $offset, limit: $limit) { total offset limit
    rows { learnerName studentNumber courseId courseTitle courseVersion className teachers enrolledAt firstLaunchedAt completedAt lastActiveAt
           completion success scoreScaled seconds dueAt overdue certificateCode } } }`;
const DASHBOARD = `query($o: ID!, $f: CompletionReportFilter) { reportDashboard(organisationId: $o, filter: $f) {
  learners enrolled completed overdue overTime { month completed cumulative }
  byCourse { id name enrolled completed overdue } byClass { id name enrolled completed overdue } } }`;
const OPTIONS = `query($o: ID!) { reportOptions(organisationId: $o) { courses { id name } classes { id name } studentNumbers } }`;

interface Row {
  learnerName: string;
  studentNumber: string | null;
  courseId: string;
  className: string | null;
  completion: string;
  success: string;
  scoreScaled: number | null;
  seconds: number;
  overdue: boolean;
  completedAt: string | null;
}
interface Page {
  completionReport: { total: number; rows: Row[] };
}
interface Dashboard {
  reportDashboard: {
    learners: number;
    enrolled: number;
    completed: number;
    overdue: number;
    overTime: { month: string; completed: number; cumulative: number }[];
    byCourse: { id: string; enrolled: number; completed: number; overdue: number }[];
    byClass: { id: string | null; name: string | null; enrolled: number }[];
  };
}

let stack: Stack;
let riverside: string;
let community: string;
let partnerA: ApiClient;
let partnerB: ApiClient;
let a: Awaited<ReturnType<typeof organisationWithProgress>>;
let b: Awaited<ReturnType<typeof organisationWithProgress>>;
const A_NAMES = {
  student: '=HYPERLINK("http://example.test","Ana")',
  self: 'مريم, "Q" Rahimi',
  className: 'River class, A',
  studentNumber: '0042',
};
const B_NAMES = { student: 'Bea of Community', self: '+Carl Community', className: 'Community class', studentNumber: 'B-7731' };

beforeAll(async () => {
  stack = await startStack({ worker: true });
  [riverside, community] = [await organisationId(stack, 'riverside-school'), await organisationId(stack, 'community')];
  a = await organisationWithProgress(stack, 'riverside-school', A_NAMES);
  b = await organisationWithProgress(stack, 'community', B_NAMES);
  partnerA = await demoClient(stack, 'partner');
  partnerB = (await memberOf(stack, 'community', 'partner_admin', 'Partner of Community')).client;
}, 120_000);
afterAll(() => stack?.stop());

/** Every filter the report has, for an organisation's own class. */
function filters(classroomId: string) {
  const today = new Date().toISOString().slice(0, 10);
  return [
    {},
    { courseId: 'test-practice' },
    { courseId: 'getting-started' },
    { classroomId },
    { from: '2000-01-01', to: today },
    ...['not_started', 'in_progress', 'completed', 'overdue'].map((status) => ({ status })),
    ...['learner', 'course', 'class', 'enrolled', 'completed', 'lastActive', 'due', 'time'].map((sort) => ({ sort, descending: true })),
  ];
}

const query = (f: Record<string, unknown>) =>
  new URLSearchParams(
    Object.entries({
      course: f.courseId,
      class: f.classroomId,
      from: f.from,
      to: f.to,
      status: f.status,
      sort: f.sort,
      dir: f.descending ? 'desc' : undefined,
    })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();

async function csvRows(client: ApiClient, org: string, f: Record<string, unknown> = {}, bom = false) {
  const res = await client.get(`/reports/${org}/completion.csv?${query(f)}${bom ? '&bom=1' : ''}`);
  expect(res.status).toBe(200);
  return csvCells(await res.text());
}

async function xlsxRows(client: ApiClient, org: string, f: Record<string, unknown> = {}) {
  const res = await client.get(`/reports/${org}/completion.xlsx?${query(f)}`);
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const rows: ExcelJS.CellValue[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

/** The student number the report's CSV gives a learner (the second column, for a partner admin). */
const reportCsvNumber = (csv: string[][], learner: string) => csv.find((r) => r[0] === `'${learner}` || r[0] === learner)![1];

const everyName = (names: typeof A_NAMES) => [
  names.student,
  names.self,
  names.className,
  `Teacher of ${names.className}`,
  names.studentNumber,
];

describe('partner completion report', () => {
  it('gives one row per learner × course with what progress stored, and agrees with the class CSV', async () => {
    const { completionReport } = await partnerA.ok<Page>(REPORT, { o: riverside, f: { sort: 'learner' } });
    const student = completionReport.rows.find((r) => r.learnerName === A_NAMES.student)!;
    const self = completionReport.rows.find((r) => r.learnerName === A_NAMES.self)!;
    expect(student).toMatchObject({
      courseId: 'test-practice',
      className: A_NAMES.className,
      completion: 'in_progress',
      overdue: true,
      scoreScaled: null,
    });
    expect(student.seconds).toBeGreaterThanOrEqual(120);
    expect(self).toMatchObject({ courseId: 'getting-started', className: null, completion: 'completed', overdue: false });
    expect(self.completedAt).not.toBeNull();

    // The teacher's class CSV says the same of the same student: status, score, minutes, overdue.
    const teacherCsv = csvCells(await (await a.teacher.client.get(`/classrooms/${a.classroomId}/progress.csv`)).text());
    const gridRow = teacherCsv.find((r) => r[0] === `'${A_NAMES.student}`)!;
    const reportCsv = await csvRows(partnerA, riverside, { classroomId: a.classroomId });
    const reportRow = reportCsv.find((r) => r[0] === `'${A_NAMES.student}`)!;
    const header = reportCsv[0]!;
    const cell = (name: string) => reportRow[header.indexOf(name)];
    expect([gridRow[1], gridRow[2], gridRow[4], gridRow[5]]).toEqual([
      'In progress',
      cell('Score (%)'),
      cell('Time spent (minutes)'),
      cell('Overdue'),
    ]);
    expect(cell('Completion')).toBe('In progress');
  });

  it('shows one organisation nothing of another: no row, total or chart point, for every filter and format', async () => {
    for (const [client, org, own, other, ownClass] of [
      [partnerA, riverside, A_NAMES, B_NAMES, a.classroomId],
      [partnerB, community, B_NAMES, A_NAMES, b.classroomId],
    ] as const) {
      for (const f of filters(ownClass)) {
        const { completionReport } = await client.ok<Page>(REPORT, { o: org, f, limit: 100 });
        const dashboard = await client.ok<Dashboard>(DASHBOARD, { o: org, f });
        const csv = await csvRows(client, org, f);
        const xlsx = await xlsxRows(client, org, f);
        const seen = JSON.stringify([completionReport, dashboard, csv, xlsx]);
        for (const name of everyName(other)) expect(seen).not.toContain(JSON.stringify(name).slice(1, -1));
        expect(JSON.stringify(dashboard)).not.toContain(other === A_NAMES ? a.classroomId : b.classroomId);
        // Totals, rows, files and the dashboard count the same rows.
        expect(completionReport.rows).toHaveLength(completionReport.total);
        expect([csv.length - 1, xlsx.length - 1, dashboard.reportDashboard.enrolled]).toEqual([
          completionReport.total,
          completionReport.total,
          completionReport.total,
        ]);
        expect(dashboard.reportDashboard.byCourse.reduce((n, c) => n + c.enrolled, 0)).toBe(completionReport.total);
      }
      const everything = JSON.stringify(await client.ok<Page>(REPORT, { o: org, limit: 100 }));
      for (const name of [own.student, own.self]) expect(everything).toContain(JSON.stringify(name).slice(1, -1));
    }
  }, 120_000);

  it('filters and sorts on the server, and pages without overlap', async () => {
    const completed = await partnerA.ok<Page>(REPORT, { o: riverside, f: { status: 'completed' }, limit: 100 });
    expect(completed.completionReport.rows.every((r) => r.completion === 'completed')).toBe(true);
    expect(completed.completionReport.rows.map((r) => r.learnerName)).toContain(A_NAMES.self);
    const overdue = await partnerA.ok<Page>(REPORT, { o: riverside, f: { status: 'overdue', classroomId: a.classroomId } });
    expect(overdue.completionReport.rows.map((r) => r.learnerName)).toEqual([A_NAMES.student]);
    const all = (await partnerA.ok<Page>(REPORT, { o: riverside, limit: 100 })).completionReport;
    const first = (await partnerA.ok<Page>(REPORT, { o: riverside, offset: 0, limit: 1 })).completionReport;
    const second = (await partnerA.ok<Page>(REPORT, { o: riverside, offset: 1, limit: 1 })).completionReport;
    expect([first.total, first.rows.length]).toEqual([all.total, 1]);
    expect(first.rows[0]).not.toEqual(second.rows[0]);
    const byTime = (await partnerA.ok<Page>(REPORT, { o: riverside, f: { sort: 'time', descending: true }, limit: 100 })).completionReport
      .rows;
    expect(byTime.map((r) => r.seconds)).toEqual([...byTime.map((r) => r.seconds)].sort((x, y) => y - x));
  });

  it('counts the dashboard from the same rows: by course, by class, over time', async () => {
    const { reportDashboard: d } = await partnerA.ok<Dashboard>(DASHBOARD, { o: riverside });
    const rows = (await partnerA.ok<Page>(REPORT, { o: riverside, limit: 100 })).completionReport.rows;
    expect(d.completed).toBe(rows.filter((r) => r.completion === 'completed').length);
    expect(d.overdue).toBe(rows.filter((r) => r.overdue).length);
    expect(d.byClass.find((c) => c.id === a.classroomId)).toMatchObject({ name: A_NAMES.className, enrolled: 1 });
    const month = new Date().toISOString().slice(0, 7);
    expect(d.overTime.at(-1)).toMatchObject({ month, cumulative: d.completed });
    const options = await partnerA.ok<{ reportOptions: { classes: { id: string }[] } }>(OPTIONS, { o: riverside });
    expect(options.reportOptions.classes.map((c) => c.id)).toContain(a.classroomId);
    expect(options.reportOptions.classes.map((c) => c.id)).not.toContain(b.classroomId);
  });

  it('keeps formula-like names as text in CSV and XLSX, and right-to-left names, commas and quotes intact', async () => {
    const csv = await csvRows(partnerA, riverside, {}, true);
    const names = csv.map((r) => r[0]);
    expect(names).toContain(`'${A_NAMES.student}`);
    expect(names).toContain(A_NAMES.self);
    expect(csv.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
    const raw = await (await partnerA.get(`/reports/${riverside}/completion.csv?bom=1`)).arrayBuffer();
    expect([...new Uint8Array(raw).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const plain = await (await partnerA.get(`/reports/${riverside}/completion.csv`)).arrayBuffer();
    expect(new Uint8Array(plain)[0]).not.toBe(0xef);

    const xlsx = await xlsxRows(partnerA, riverside, { sort: 'learner' });
    const header = xlsx[0] as string[];
    const student = xlsx.find((r) => r[0] === A_NAMES.student)!;
    // Stored as text (a string cell), never a formula; dates as dates, numbers as numbers.
    expect(typeof student[0]).toBe('string');
    expect(student[header.indexOf('Enrolled (UTC)')]).toBeInstanceOf(Date);
    expect(typeof student[header.indexOf('Time spent (minutes)')]).toBe('number');
    expect(student[header.indexOf('Score (%)')] ?? null).toBeNull();
  });

  it('shows the class roster’s student number to the school’s own partner admins only: table, CSV, XLSX, class CSV', async () => {
    const { completionReport } = await partnerA.ok<Page>(REPORT, { o: riverside, limit: 100 });
    const numberOf = (name: string) => completionReport.rows.find((r) => r.learnerName === name)?.studentNumber;
    // From the class the enrolment came from; the member who enrolled on their own has none.
    expect([numberOf(A_NAMES.student), numberOf(A_NAMES.self)]).toEqual(['0042', null]);
    const csv = await csvRows(partnerA, riverside);
    const number = csv[0]!.indexOf('Student number');
    expect(number).toBe(1);
    expect(csv.find((r) => r[0] === `'${A_NAMES.student}`)![number]).toBe('0042');
    expect(csv.find((r) => r[0] === A_NAMES.self)![number]).toBe('');
    const xlsx = await xlsxRows(partnerA, riverside);
    // Kept as text: the leading zero stays.
    expect(xlsx.find((r) => r[0] === A_NAMES.student)![(xlsx[0] as string[]).indexOf('Student number')]).toBe('0042');
    const classCsv = csvCells(await (await partnerA.get(`/classrooms/${a.classroomId}/progress.csv`)).text());
    expect(classCsv[0]!.slice(0, 2)).toEqual(['Student', 'Student number']);
    expect(classCsv.find((r) => r[0] === `'${A_NAMES.student}`)![1]).toBe(reportCsvNumber(csv, A_NAMES.student));
    expect(
      (await partnerA.ok<{ reportOptions: { studentNumbers: boolean } }>(OPTIONS, { o: riverside })).reportOptions.studentNumbers,
    ).toBe(true);

    // A platform admin reads the report without the numbers; the class's teacher gets none in the class CSV.
    const admin = await demoClient(stack, 'admin');
    const asAdmin = await admin.ok<Page>(REPORT, { o: riverside, limit: 100 });
    expect(asAdmin.completionReport.rows.every((r) => r.studentNumber === null)).toBe(true);
    expect((await csvRows(admin, riverside))[0]).not.toContain('Student number');
    expect((await xlsxRows(admin, riverside))[0]).not.toContain('Student number');
    expect((await admin.ok<{ reportOptions: { studentNumbers: boolean } }>(OPTIONS, { o: riverside })).reportOptions.studentNumbers).toBe(
      false,
    );
    const teacherCsv = await (await a.teacher.client.get(`/classrooms/${a.classroomId}/progress.csv`)).text();
    expect(teacherCsv).not.toContain('Student number');
    expect(teacherCsv).not.toContain('0042');
  });

  it('answers a filter with no rows with a header-only file, not an error', async () => {
    const none = { from: '2001-01-01', to: '2001-01-31' };
    expect((await partnerA.ok<Page>(REPORT, { o: riverside, f: none })).completionReport).toMatchObject({ total: 0, rows: [] });
    const csv = await csvRows(partnerA, riverside, none);
    expect(csv).toHaveLength(1);
    expect(csv[0]![0]).toBe('Learner');
    expect(await xlsxRows(partnerA, riverside, none)).toHaveLength(1);
  });

  it('refuses impossible dates, reversed ranges, unknown statuses and another organisation’s class, changing nothing', async () => {
    const reason = async (f: Record<string, unknown>) => (await partnerA.gql(REPORT, { o: riverside, f })).errors?.[0]?.extensions?.reason;
    expect(await reason({ from: '2026-02-30' })).toBe('REPORT_DATE_INVALID');
    expect(await reason({ to: 'yesterday' })).toBe('REPORT_DATE_INVALID');
    expect(await reason({ from: '2026-03-01', to: '2026-02-01' })).toBe('REPORT_DATE_RANGE');
    expect(await reason({ status: 'everything' })).toBe('REPORT_STATUS_UNKNOWN');
    expect(await reason({ classroomId: b.classroomId })).toBe('REPORT_CLASS_UNKNOWN');
    expect(await reason({ classroomId: 'not-a-uuid' })).toBe('REPORT_CLASS_UNKNOWN');
    expect(await reason({ courseId: 'no-such-course' })).toBe('REPORT_COURSE_UNKNOWN');
    const bad = await partnerA.get(`/reports/${riverside}/completion.csv?from=2026-02-30`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { reason: string } }).error.reason).toBe('REPORT_DATE_INVALID');
    expect((await partnerA.get(`/reports/${riverside}/completion.xlsx?class=${b.classroomId}`)).status).toBe(400);
  });

  it('is for the organisation’s partner admins: others, and other organisations, get "not found"', async () => {
    for (const client of [partnerA, a.teacher.client, a.student.client]) {
      expect((await client.gql(REPORT, { o: community })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await client.gql(DASHBOARD, { o: community })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await client.get(`/reports/${community}/completion.csv`)).status).toBe(404);
      expect((await client.get(`/reports/${community}/completion.xlsx`)).status).toBe(404);
    }
    for (const client of [a.teacher.client, a.student.client])
      expect((await client.gql(REPORT, { o: riverside })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await fetch(`${stack.apiUrl}/reports/${riverside}/completion.csv`);
    expect(anonymous.status).toBe(401);
  });
});

describe('an organisation’s people', () => {
  const MEMBERS = `query($o: ID!) { organisationMembers(organisationId: $o) { userId displayName roles classes deactivatedAt canDeactivate } }`;
  const DEACTIVATE = `mutation($o: ID!, $u: ID!) { deactivateMember(organisationId: $o, userId: $u) { userId deactivatedAt } }`;

  it('lists members with roles and classes, and deactivates one at once, keeping their records', async () => {
    const { organisationMembers } = await partnerA.ok<{
      organisationMembers: { userId: string; displayName: string; roles: string[]; classes: string[]; canDeactivate: boolean }[];
    }>(MEMBERS, { o: riverside });
    expect(organisationMembers.find((m) => m.userId === a.teacher.userId)).toMatchObject({
      roles: ['teacher'],
      classes: [A_NAMES.className],
      canDeactivate: true,
    });
    expect(JSON.stringify(organisationMembers)).not.toContain(B_NAMES.self);
    const member = await memberOf(stack, 'riverside-school', 'learner', 'Leaving Soon');
    expect((await member.client.gql(`query { me { id } }`)).data?.me).not.toBeNull();
    await partnerA.ok(DEACTIVATE, { o: riverside, u: member.userId });
    expect((await member.client.gql(`query { me { id } }`)).data?.me ?? null).toBeNull();
    const { rows } = await stack.db.query(`select 1 from app_user where id = $1`, [member.userId]);
    expect(rows).toHaveLength(1);
  });

  it('refuses someone of another organisation, someone who also belongs elsewhere, and oneself', async () => {
    expect((await partnerA.gql(DEACTIVATE, { o: riverside, u: b.self.userId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await partnerA.gql(DEACTIVATE, { o: community, u: b.self.userId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const both = await memberOf(stack, 'riverside-school', 'learner', 'In Two Places');
    await stack.db.query(
      `insert into membership (id, user_id, organisation_id, role, created_at) values (gen_random_uuid(), $1, $2, 'learner', now())`,
      [both.userId, community],
    );
    const refused = await partnerA.gql(DEACTIVATE, { o: riverside, u: both.userId });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('MEMBER_NOT_DEACTIVATABLE');
    expect((await both.client.gql(`query { me { id } }`)).data?.me).not.toBeNull();
    const { rows } = await stack.db.query<{ id: string }>(`select id from app_user where email = 'partner@demo.kinship.test'`);
    expect((await partnerA.gql(DEACTIVATE, { o: riverside, u: rows[0]!.id })).errors?.[0]?.extensions?.reason).toBe(
      'MEMBER_NOT_DEACTIVATABLE',
    );
  });
});
