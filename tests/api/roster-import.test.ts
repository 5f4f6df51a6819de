import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClient, makeClassroom, otherOrganisationTeacher } from '../support/classroom-fixture.js';
import type { ApiClient } from '../support/graphql-client.js';
import { makeLearner } from '../support/learner.js';
import { repoRoot } from '../support/paths.js';
import { rawZip } from '../support/raw-zip.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let teacher: ApiClient;
beforeAll(async () => {
  stack = await startStack();
  teacher = await demoClient(stack, 'teacher');
});
afterAll(() => stack?.stop());

interface Preview {
  id: string;
  format: string;
  encoding: string | null;
  sheetName: string | null;
  otherSheets: string[];
  canApply: boolean;
  needsClassChoice: boolean;
  rows: { line: number | null; action: string; displayName: string }[];
  problems: { file: string; line: number | null; reason: string }[];
  counts: Record<string, number>;
}
const APPLY = `mutation($id: ID!) { applyRosterImport(id: $id) { counts { add update unchanged remove skip kept } newStudentIds } }`;
const CHOOSE = `mutation($id: ID!, $s: String!) { chooseRosterClass(id: $id, sourcedId: $s) { canApply needsClassChoice rows { action displayName } } }`;

async function upload(client: ApiClient, classroomId: string, bytes: Buffer, fileName = 'class.csv') {
  const res = await client.postBytes(`/classrooms/${classroomId}/roster-imports?fileName=${fileName}`, bytes, 'application/octet-stream');
  return { status: res.status, body: (await res.json()) as Preview & { error?: { code: string; reason?: string } } };
}
async function preview(classroomId: string, bytes: Buffer, fileName?: string): Promise<Preview> {
  const { status, body } = await upload(teacher, classroomId, bytes, fileName);
  expect(status, JSON.stringify(body)).toBe(201);
  return body;
}
async function studentsOf(classroomId: string) {
  const { rows } = await stack.db.query<{ display_name: string; email: string | null; external_id: string | null; source: string }>(
    `select u.display_name, u.email, s.external_id, s.source from classroom_student s join app_user u on u.id = s.user_id
      where s.classroom_id = $1 order by u.display_name`,
    [classroomId],
  );
  return rows;
}

const csv = (text: string) => Buffer.from(text, 'utf8');
/** Windows-1252 bytes of a Latin-1-range text (what Excel on Windows saves). */
const cp1252 = (text: string) => Buffer.from(text, 'latin1');

function oneRoster(students: { id: string; given: string; family: string; status?: string; org?: string }[], classes = ['c1']) {
  const files: Record<string, string> = {
    'manifest.csv':
      'propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\nfile.users,bulk\nfile.classes,bulk\nfile.enrollments,bulk\nfile.orgs,bulk\nfile.academicSessions,bulk\nfile.roles,absent\n',
    'orgs.csv':
      'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\norg-1,,,Riverside Secondary,school,,\norg-2,,,Hillcrest Elementary,school,,\n',
    'academicSessions.csv':
      'sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear\nt1,,,Fall,term,2026-09-01,2027-01-31,,2027\n',
    'classes.csv':
      'sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n' +
      classes.map((c) => `${c},,,Class ${c},09,k1,${c},scheduled,,org-1,t1,,,\n`).join(''),
    'users.csv':
      'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns\n' +
      students.map((s) => `${s.id},,,true,,,${s.given},${s.family},,,,,,,09,,,,,,,${s.org ?? 'org-1'},\n`).join(''),
    'enrollments.csv':
      'sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate\n' +
      students.map((s, i) => `e${i},${s.status ?? ''},,${classes[i % classes.length]},org-1,${s.id},student,false,,\n`).join(''),
  };
  return rawZip(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text), deflate: true })));
}

describe('roster import', () => {
  it('previews a plain CSV line by line, applies it in one go, and changes nothing the second time', async () => {
    const classroomId = await makeClassroom(stack);
    const file = csv('\uFEFFFirst name;Last name;Student number\nZoë;Ødegård;S-1\nAmina;Kaur;S-2\nBao;Chen;\n');
    const first = await preview(classroomId, file);
    expect(first).toMatchObject({ format: 'csv', encoding: 'utf-8', canApply: true, problems: [] });
    expect(first.rows.map((r) => [r.line, r.action, r.displayName])).toEqual([
      [2, 'add', 'Zoë Ø.'],
      [3, 'add', 'Amina K.'],
      [4, 'add', 'Bao C.'],
    ]);
    expect(await studentsOf(classroomId)).toEqual([]);

    const applied = await teacher.ok<{ applyRosterImport: { counts: { add: number }; newStudentIds: string[] } }>(APPLY, { id: first.id });
    expect(applied.applyRosterImport.counts.add).toBe(3);
    expect(applied.applyRosterImport.newStudentIds).toHaveLength(3);
    expect(await studentsOf(classroomId)).toEqual([
      { display_name: 'Amina K.', email: null, external_id: 'S-2', source: 'roster' },
      { display_name: 'Bao C.', email: null, external_id: null, source: 'roster' },
      { display_name: 'Zoë Ø.', email: null, external_id: 'S-1', source: 'roster' },
    ]);
    // The uploaded file (minors' names) is not kept once applied.
    const kept = await stack.db.query<{ bytes: Buffer | null }>('select bytes from roster_import where id = $1', [first.id]);
    expect(kept.rows[0]!.bytes).toBeNull();
    const again = await teacher.gql(APPLY, { id: first.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const second = await preview(classroomId, file);
    expect(second.rows.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(second.canApply).toBe(false);
    await teacher.ok(APPLY, { id: second.id });
    expect(await studentsOf(classroomId)).toHaveLength(3);
  });

  it('reads Windows-1252 and adds an existing account named by e-mail without storing any e-mail for new students', async () => {
    const classroomId = await makeClassroom(stack);
    const learner = await makeLearner(stack.apiUrl, { displayName: 'Sam Chosen' });
    const file = cp1252(`Name,Email\nGaëlle Côté,\n"Ng, Sam",${learner.email.toUpperCase()}\nJosé Müller,jose@example.test\n`);
    const result = await preview(classroomId, file);
    expect(result.encoding).toBe('windows-1252');
    expect(result.rows.map((r) => [r.action, r.displayName])).toEqual([
      ['add', 'Gaëlle C.'],
      ['add', 'Sam N.'],
      ['add', 'José M.'],
    ]);
    await teacher.ok(APPLY, { id: result.id });
    expect(await studentsOf(classroomId)).toEqual([
      { display_name: 'Gaëlle C.', email: null, external_id: null, source: 'roster' },
      { display_name: 'José M.', email: null, external_id: null, source: 'roster' },
      { display_name: 'Sam Chosen', email: learner.email, external_id: null, source: 'roster' },
    ]);
  });

  it('lists every problem with its line and applies nothing while any remains', async () => {
    const classroomId = await makeClassroom(stack);
    const file = csv(
      'First name,Last name,Student number\nAna,Lima,7\nAna,Lima,7\nBo,=HYPERLINK("http://example.test"),8\n,,9\nCy,Ng,10\n',
    );
    const result = await preview(classroomId, file);
    expect(result.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'ROSTER_DUPLICATE'],
      [4, 'ROSTER_FORMULA_CELL'],
      [5, 'ROSTER_NO_NAME'],
    ]);
    expect(result.canApply).toBe(false);
    const refused = await teacher.gql(APPLY, { id: result.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROSTER_HAS_PROBLEMS', count: 3 });
    expect(await studentsOf(classroomId)).toEqual([]);
  });

  it('refuses the wrong encoding, missing columns, 50,000 lines, an empty file, and zips with folders or ../ names', async () => {
    const classroomId = await makeClassroom(stack);
    const reasonOf = async (bytes: Buffer, name?: string) => (await preview(classroomId, bytes, name)).problems.map((p) => p.reason);
    expect(await reasonOf(Buffer.from('\uFEFFName\nAna Lima\n', 'utf16le'))).toEqual(['ROSTER_ENCODING']);
    expect(await reasonOf(csv('Colour,Size\nred,3\n'))).toEqual(['ROSTER_MISSING_COLUMNS']);
    expect(await reasonOf(csv('Name\n' + 'Ana Lima\n'.repeat(50_000)))).toEqual(['ROSTER_TOO_LONG']);
    expect(await reasonOf(csv('\n\n'))).toEqual(['ROSTER_EMPTY']);
    const empty = await upload(teacher, classroomId, Buffer.alloc(0));
    expect(empty.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROSTER_EMPTY' });
    const escaping = rawZip([{ name: '../users.csv', data: Buffer.from('x') }]);
    expect(await reasonOf(escaping, 'roster.zip')).toEqual(['ROSTER_ZIP_REFUSED']);
    const foldered = rawZip([{ name: 'export/manifest.csv', data: Buffer.from('propertyName,value\n') }]);
    expect(await reasonOf(foldered, 'roster.zip')).toEqual(['ROSTER_ZIP_FOLDERS']);
    expect(await studentsOf(classroomId)).toEqual([]);
  });

  it('imports one class of a OneRoster zip, then honours tobedeleted and other schools on the next file', async () => {
    const classroomId = await makeClassroom(stack);
    const people = [
      { id: 'u1', given: 'Amina', family: 'Kaur' },
      { id: 'u2', given: 'Bao', family: 'Chen' },
      { id: 'u3', given: 'Chidi', family: 'Abara' },
      { id: 'u4', given: 'Dalia', family: 'Haddad' },
    ];
    const first = await preview(classroomId, oneRoster(people, ['c1', 'c2']), 'roster.zip');
    expect(first).toMatchObject({ format: 'oneroster', needsClassChoice: true, canApply: false, rows: [] });
    const chosen = await teacher.ok<{ chooseRosterClass: { canApply: boolean; rows: { action: string; displayName: string }[] } }>(CHOOSE, {
      id: first.id,
      s: 'c1',
    });
    expect(chosen.chooseRosterClass.rows).toEqual([
      { action: 'add', displayName: 'Amina K.' },
      { action: 'add', displayName: 'Chidi A.' },
    ]);
    await teacher.ok(APPLY, { id: first.id });
    expect((await studentsOf(classroomId)).map((s) => [s.display_name, s.external_id])).toEqual([
      ['Amina K.', 'u1'],
      ['Chidi A.', 'u3'],
    ]);

    const next = await preview(
      classroomId,
      oneRoster(
        [
          { ...people[0]!, status: 'tobedeleted' },
          { id: 'u3', given: 'Chidi', family: 'Abara' },
          { id: 'u5', given: 'Emeka', family: 'Ito' },
        ],
        ['c1'],
      ),
      'roster.zip',
    );
    expect(next.rows.map((r) => [r.action, r.displayName])).toEqual([
      ['remove', 'Amina K.'],
      ['unchanged', 'Chidi A.'],
      ['add', 'Emeka I.'],
    ]);
    const elsewhere = await preview(
      classroomId,
      oneRoster([{ id: 'u9', given: 'Farah', family: 'Ito', org: 'org-2' }], ['c1']),
      'roster.zip',
    );
    expect(elsewhere.problems.map((p) => [p.file, p.line, p.reason])).toEqual([['users.csv', 2, 'ROSTER_OTHER_SCHOOL']]);
    await teacher.ok(APPLY, { id: next.id });
    expect((await studentsOf(classroomId)).map((s) => s.display_name)).toEqual(['Chidi A.', 'Emeka I.']);
  });
});

/** Workbooks LibreOffice Calc wrote (tests/fixtures/rosters/README.md says how). */
const calcFile = (name: string) => readFile(join(repoRoot, 'tests/fixtures/rosters', name));

/** The start of a compound file as Office writes one for a workbook saved with a password (its streams named in UTF-16). */
function passwordProtectedWorkbook(): Buffer {
  const header = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  for (const [i, name] of ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].entries())
    Buffer.from(name, 'utf16le').copy(header, 512 + i * 128);
  return header;
}

async function workbookOf(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Class').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('roster import from an Excel workbook', () => {
  it('previews the first visible sheet of a LibreOffice workbook by its rows, whatever the file is called, and applies it', async () => {
    const classroomId = await makeClassroom(stack);
    const first = await preview(classroomId, await calcFile('class-9a.xlsx'), 'class-list.csv');
    expect(first).toMatchObject({
      format: 'xlsx',
      encoding: null,
      sheetName: 'Class 9A',
      otherSheets: ['Notes'],
      canApply: true,
      problems: [],
    });
    expect(first.rows.map((r) => [r.line, r.action, r.displayName])).toEqual([
      [4, 'add', 'Zoë Ø.'],
      [5, 'add', 'Amina K.'],
      [7, 'add', 'Bao C.'],
      [8, 'add', 'Chidi A.'],
    ]);
    await teacher.ok(APPLY, { id: first.id });
    expect((await studentsOf(classroomId)).map((s) => [s.display_name, s.external_id, s.email])).toEqual([
      ['Amina K.', '007788', null],
      ['Bao C.', '123457', null],
      ['Chidi A.', '123458', null],
      ['Zoë Ø.', '123456', null],
    ]);
    const again = await preview(classroomId, await calcFile('class-9a.xlsx'), 'class-9a.xlsx');
    expect(again.rows.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('names the row of an error cell and applies nothing while it is there', async () => {
    const classroomId = await makeClassroom(stack);
    const result = await preview(
      classroomId,
      await workbookOf([
        ['First name', 'Last name', 'Student number'],
        ['Ana', 'Lima', 7],
        ['Bo', 'Li', { error: '#N/A' }],
      ]),
      'class.xlsx',
    );
    expect(result.problems.map((p) => [p.line, p.reason])).toEqual([[3, 'ROSTER_ERROR_CELL']]);
    const refused = await teacher.gql(APPLY, { id: result.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'ROSTER_HAS_PROBLEMS' });
    expect(await studentsOf(classroomId)).toEqual([]);
  });

  it('refuses an .xls, a workbook with a password and an .ods at upload, keeping nothing, and a zip bomb in the preview', async () => {
    const classroomId = await makeClassroom(stack);
    await teacher.ok(APPLY, { id: (await preview(classroomId, csv('Name\nAna Lima\n'))).id });
    const uploads = async () =>
      Number(
        (await stack.db.query<{ count: string }>('select count(*) from roster_import where classroom_id = $1', [classroomId])).rows[0]!
          .count,
      );
    const kept = await uploads();
    for (const [bytes, reason] of [
      [await calcFile('class-list.xls'), 'ROSTER_OLD_EXCEL'],
      [passwordProtectedWorkbook(), 'ROSTER_ENCRYPTED_WORKBOOK'],
      [await calcFile('class-list.ods'), 'ROSTER_OPENDOCUMENT'],
    ] as const) {
      const { status, body } = await upload(teacher, classroomId, bytes, 'class.xlsx');
      expect([status, body.error?.code, body.error?.reason]).toEqual([400, 'BAD_USER_INPUT', reason]);
    }
    expect(await uploads()).toBe(kept);

    const parts = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    ];
    const sheet = Buffer.from(`<worksheet><sheetData>${' '.repeat(30 * 1024 * 1024)}</sheetData></worksheet>`);
    const honest = rawZip([...parts, { name: 'xl/worksheets/sheet1.xml', data: sheet, deflate: true }]);
    expect((await preview(classroomId, honest, 'class.xlsx')).problems.map((p) => p.reason)).toEqual(['ROSTER_XLSX_TOO_LARGE']);
    const lying = rawZip([...parts, { name: 'xl/worksheets/sheet1.xml', data: sheet, deflate: true, declaredSize: 4096 }]);
    expect((await preview(classroomId, lying, 'class.xlsx')).problems.map((p) => p.reason)).toEqual(['ROSTER_XLSX_DAMAGED']);
    expect((await studentsOf(classroomId)).map((s) => s.display_name)).toEqual(['Ana L.']);
  });
});

describe('sign-in cards', () => {
  it('makes codes only when printed: the PDF holds each name, the class code and each personal code, and a reprint makes new ones', async () => {
    const classroomId = await makeClassroom(stack, { name: 'Cards class' });
    const result = await preview(classroomId, csv('First name,Last name\nNoor,Haddad\nOlek,Lindqvist\n'));
    await teacher.ok(APPLY, { id: result.id });
    const keys = async () =>
      (
        await stack.db.query<{ sign_in_key: string | null }>(
          `select u.sign_in_key from classroom_student s join app_user u on u.id = s.user_id where s.classroom_id = $1 order by u.display_name`,
          [classroomId],
        )
      ).rows.map((r) => r.sign_in_key);
    // Imported students have no code until their cards are printed.
    expect(await keys()).toEqual([null, null]);

    const print = async () => {
      const res = await fetch(`${stack.apiUrl}/classrooms/${classroomId}/sign-in-cards`, {
        method: 'POST',
        headers: { cookie: teacher.cookieHeader, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/pdf');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), { mergePages: true });
      return text;
    };
    const text = await print();
    const { rows } = await stack.db.query<{ sign_in_code: string }>('select sign_in_code from classroom where id = $1', [classroomId]);
    const classCode = rows[0]!.sign_in_code;
    expect(text).toContain(`${classCode.slice(0, 3)}-${classCode.slice(3)}`);
    expect(text).toContain('Noor H.');
    expect(text).toContain('Olek L.');
    const codes = [...text.matchAll(/\b([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})\b/g)].map((m) => m[1]! + m[2]!);
    expect(codes).toHaveLength(2);
    expect((await keys()).sort()).toEqual(codes.map((c) => c.slice(0, 2)).sort());
    const reprinted = await print();
    const newCodes = [...reprinted.matchAll(/\b([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})\b/g)].map((m) => m[1]! + m[2]!);
    expect(newCodes).toHaveLength(2);
    expect(newCodes).not.toEqual(codes);
  });
});

describe('who may import and print', () => {
  it('refuses everyone but the class teachers, partner admins included, and a teacher of the other organisation', async () => {
    const classroomId = await makeClassroom(stack);
    const file = csv('Name\nAna Lima\n');
    const otherTeacherClient = await otherOrganisationTeacher(stack);
    const asTeacher = await preview(classroomId, file);
    for (const who of ['learner', 'student', 'partner', 'trainer'] as const) {
      const client = await demoClient(stack, who);
      for (const c of [client, otherTeacherClient]) {
        const { status, body } = await upload(c, classroomId, file);
        expect([status, body.error?.code]).toEqual([404, 'NOT_FOUND']);
        expect((await c.gql(APPLY, { id: asTeacher.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect((await c.gql(`query($id: ID!) { rosterImport(id: $id) { id } }`, { id: asTeacher.id })).errors?.[0]?.extensions?.code).toBe(
          'NOT_FOUND',
        );
        const cards = await fetch(`${stack.apiUrl}/classrooms/${classroomId}/sign-in-cards`, {
          method: 'POST',
          headers: { cookie: c.cookieHeader, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(cards.status).toBe(404);
      }
    }
    const anonymous = await fetch(`${stack.apiUrl}/classrooms/${classroomId}/roster-imports`, { method: 'POST', body: file });
    expect(anonymous.status).toBe(401);
    expect(await studentsOf(classroomId)).toEqual([]);
  });
});
