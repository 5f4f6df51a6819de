import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { readOneRosterZip } from './oneroster-roster.js';
import { oneRosterFiles, sampleStudents } from './oneroster-sample.js';
import { RosterRefused } from './roster-problem.js';

const dir = await mkdtemp(join(tmpdir(), 'oneroster-spec-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function zipOf(files: Record<string, string | Buffer>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(files)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const path = join(dir, `${Math.random().toString(36).slice(2)}.zip`);
  await writeFile(path, Buffer.concat(chunks));
  return path;
}

async function reason(path: string): Promise<string> {
  try {
    await readOneRosterZip(path, null);
  } catch (error) {
    if (error instanceof RosterRefused) return error.problem.reason;
    throw error;
  }
  return 'accepted';
}

describe('readOneRosterZip', () => {
  it("reads one class's students, honouring tobedeleted and skipping teachers", async () => {
    const students = sampleStudents(3, 'class-a');
    students[2]!.status = 'tobedeleted';
    const files = oneRosterFiles({ classes: [{ sourcedId: 'class-a', title: 'Social Studies 9' }], students });
    const roster = await readOneRosterZip(await zipOf(files), null);
    expect(roster.problems).toEqual([]);
    expect(roster.chosenClass).toEqual({ sourcedId: 'class-a', title: 'Social Studies 9', school: 'Riverside Secondary' });
    expect(roster.people.map((p) => [p.externalId, p.givenName, p.remove, p.file, p.line])).toEqual([
      ['s-1', 'Amina', false, 'users.csv', 3],
      ['s-2', 'Bao', false, 'users.csv', 4],
      ['s-3', 'Chidi', true, 'users.csv', 5],
    ]);
  });

  it('asks for a class when the file holds several, then reads the chosen one', async () => {
    const classes = [
      { sourcedId: 'class-a', title: 'A' },
      { sourcedId: 'class-b', title: 'B' },
    ];
    const path = await zipOf(
      oneRosterFiles({ classes, students: [...sampleStudents(2, 'class-a'), ...sampleStudents(1, 'class-b', 'b')] }),
    );
    const unchosen = await readOneRosterZip(path, null);
    expect(unchosen.chosenClass).toBeNull();
    expect(unchosen.classes.map((c) => c.sourcedId)).toEqual(['class-a', 'class-b']);
    const chosen = await readOneRosterZip(path, 'class-b');
    expect(chosen.people.map((p) => p.externalId)).toEqual(['b-1']);
  });

  it('names a student of another school and an enrolment of an unknown user by file and line', async () => {
    const students = sampleStudents(2, 'class-a');
    students[1]!.orgSourcedId = 'org-other';
    const files = oneRosterFiles({ classes: [{ sourcedId: 'class-a', title: 'A' }], students });
    files['enrollments.csv'] += 'enr-x,,,class-a,org-1,ghost,student,false,,\n';
    const roster = await readOneRosterZip(await zipOf(files), null);
    expect(roster.problems.map((p) => [p.file, p.line, p.reason])).toEqual([
      ['users.csv', 4, 'ROSTER_OTHER_SCHOOL'],
      ['enrollments.csv', 5, 'ROSTER_UNKNOWN_USER'],
    ]);
  });

  it('refuses folders, missing files and columns, another version, and what is not a zip', async () => {
    const files = oneRosterFiles({ classes: [{ sourcedId: 'c', title: 'C' }], students: sampleStudents(1, 'c') });
    expect(await reason(await zipOf({ ...files, 'export/users.csv': files['users.csv']! }))).toBe('ROSTER_ZIP_FOLDERS');
    const noOrgs = Object.fromEntries(Object.entries(files).filter(([name]) => name !== 'orgs.csv'));
    expect(await reason(await zipOf(noOrgs))).toBe('ROSTER_MISSING_FILE');
    expect(await reason(await zipOf({ ...files, 'users.csv': 'sourcedId,givenName\nx,y\n' }))).toBe('ROSTER_MISSING_COLUMNS_IN');
    expect(await reason(await zipOf({ ...files, 'manifest.csv': files['manifest.csv']!.replace('1.2', '1.1') }))).toBe(
      'ROSTER_ONEROSTER_VERSION',
    );
    const notZip = join(dir, 'not.zip');
    await writeFile(notZip, 'First name\nAna\n');
    expect(await reason(notZip)).toBe('ROSTER_ZIP_REFUSED');
  });
});
