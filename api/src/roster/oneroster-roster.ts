import { PackageRefused, PackageZip } from '../scorm/import/package-zip.js';
import { readCsvTable, type CsvTable } from './csv-rows.js';
import type { ClassList } from './class-list.js';
import { personProblem } from './person-problem.js';
import { ROSTER_LIMITS } from './roster-limits.js';
import type { RosterPerson } from './roster-person.js';
import { refuse, rosterProblem, type RosterProblem } from './roster-problem.js';
import { decodeRosterText } from './text-decoding.js';

const REQUIRED_FILES = ['manifest.csv', 'users.csv', 'classes.csv', 'enrollments.csv', 'orgs.csv'] as const;
const OPTIONAL_FILES = ['academicSessions.csv', 'roles.csv'] as const;
/** Columns we read, by file (normalised header names); OneRoster 1.2 requires each of them. */
const REQUIRED_COLUMNS: Record<string, string[]> = {
  'users.csv': ['sourcedid', 'status', 'enableduser', 'givenname', 'familyname'],
  'classes.csv': ['sourcedid', 'status', 'title', 'schoolsourcedid'],
  'enrollments.csv': ['sourcedid', 'status', 'classsourcedid', 'schoolsourcedid', 'usersourcedid', 'role'],
  'orgs.csv': ['sourcedid', 'status', 'name'],
  'manifest.csv': ['propertyname', 'value'],
};

/** A class found in the roster, for the teacher to choose when the file holds more than one. */
export interface RosterClassChoice {
  sourcedId: string;
  title: string;
  school: string;
}

export interface ParsedOneRoster extends ClassList {
  classes: RosterClassChoice[];
  /** The class read, or null when the file holds several and none was chosen. */
  chosenClass: RosterClassChoice | null;
}

type Tables = Record<string, CsvTable>;

async function readTables(zip: PackageZip): Promise<Tables> {
  const problems: string[] = [];
  for (const entry of zip.entries) if (entry.path.includes('/')) problems.push(entry.path);
  if (problems.length)
    throw refuse('', null, 'ROSTER_ZIP_FOLDERS', `A OneRoster zip holds its CSV files at the top, not in folders ("${problems[0]}").`, {
      name: problems[0]!,
    });
  const tables: Tables = {};
  for (const name of [...REQUIRED_FILES, ...OPTIONAL_FILES]) {
    const entry = zip.find(name);
    if (!entry) {
      if ((REQUIRED_FILES as readonly string[]).includes(name))
        throw refuse(name, null, 'ROSTER_MISSING_FILE', `The OneRoster zip has no "${name}".`, { file: name });
      continue;
    }
    const bytes = await zip.readSmall(entry, ROSTER_LIMITS.zip.maxUnpackedBytes);
    const table = await readCsvTable(decodeRosterText(bytes, name).text, name);
    const missing = (REQUIRED_COLUMNS[name] ?? []).filter((c) => !table.header.includes(c));
    if (missing.length)
      throw refuse(name, 1, 'ROSTER_MISSING_COLUMNS_IN', `"${name}" lacks the column(s) ${missing.join(', ')}.`, {
        file: name,
        columns: missing.join(', '),
      });
    tables[name] = table;
  }
  return tables;
}

function checkManifest(manifest: CsvTable): void {
  const props = new Map(manifest.rows.map((r) => [r.get('propertyname'), r.get('value')]));
  const version = props.get('oneroster.version');
  if (version !== '1.2')
    throw refuse(
      'manifest.csv',
      null,
      'ROSTER_ONEROSTER_VERSION',
      `The manifest names OneRoster version "${version ?? ''}"; version 1.2 is read.`,
      {
        version: version ?? '',
      },
    );
  for (const name of REQUIRED_FILES.filter((f) => f !== 'manifest.csv')) {
    const mode = props.get(`file.${name.replace(/\.csv$/, '')}`);
    if (mode !== 'bulk' && mode !== 'delta')
      throw refuse(
        'manifest.csv',
        null,
        'ROSTER_MANIFEST_FILE',
        `The manifest must give "${name}" as bulk or delta, not "${mode ?? ''}".`,
        {
          file: name,
        },
      );
  }
}

const isDeleted = (status: string) => status.toLowerCase() === 'tobedeleted';

function listClasses(tables: Tables): RosterClassChoice[] {
  const orgs = new Map(tables['orgs.csv']!.rows.map((r) => [r.get('sourcedid'), r.get('name')]));
  return tables['classes.csv']!.rows.filter((r) => !isDeleted(r.get('status'))).map((r) => ({
    sourcedId: r.get('sourcedid'),
    title: r.get('title'),
    school: orgs.get(r.get('schoolsourcedid')) ?? '',
  }));
}

/** The organisations each user holds a role in (OneRoster 1.2 keeps them in roles.csv). */
function orgsByRole(roles: CsvTable | undefined): Map<string, string[]> {
  const byUser = new Map<string, string[]>();
  for (const row of roles?.rows ?? []) {
    if (isDeleted(row.get('status'))) continue;
    const list = byUser.get(row.get('usersourcedid')) ?? [];
    list.push(row.get('orgsourcedid'));
    byUser.set(row.get('usersourcedid'), list);
  }
  return byUser;
}

/** The students a class's enrolments name, each from users.csv, with `tobedeleted` read as "leaves the class". */
function classStudents(tables: Tables, classId: string, schoolId: string): { people: RosterPerson[]; problems: RosterProblem[] } {
  const users = new Map(tables['users.csv']!.rows.map((r) => [r.get('sourcedid'), r] as const));
  const roleOrgs = orgsByRole(tables['roles.csv']);
  const people: RosterPerson[] = [];
  const problems: RosterProblem[] = [];
  for (const enrolment of tables['enrollments.csv']!.rows) {
    if (enrolment.get('classsourcedid') !== classId || enrolment.get('role').toLowerCase() !== 'student') continue;
    const userId = enrolment.get('usersourcedid');
    const user = users.get(userId);
    if (!user) {
      problems.push(
        rosterProblem(
          'enrollments.csv',
          enrolment.line,
          'ROSTER_UNKNOWN_USER',
          `enrollments.csv line ${enrolment.line}: no user "${userId}" in users.csv.`,
          { id: userId },
        ),
      );
      continue;
    }
    const orgs = [user.get('orgsourcedids'), user.get('primaryorgsourcedid'), ...(roleOrgs.get(userId) ?? [])]
      .join(',')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (orgs.length > 0 && !orgs.includes(schoolId)) {
      problems.push(
        rosterProblem(
          'users.csv',
          user.line,
          'ROSTER_OTHER_SCHOOL',
          `users.csv line ${user.line}: this student belongs to another school than the class.`,
          { id: userId },
        ),
      );
      continue;
    }
    const person: RosterPerson = {
      file: 'users.csv',
      line: user.line,
      externalId: userId,
      givenName: user.get('preferredgivenname') || user.get('givenname'),
      familyName: user.get('preferredfamilyname') || user.get('familyname'),
      email: user.get('email').toLowerCase() || null,
      remove: isDeleted(enrolment.get('status')) || isDeleted(user.get('status')) || user.get('enableduser').toLowerCase() === 'false',
    };
    const problem = personProblem(person);
    if (problem) problems.push(problem);
    else people.push(person);
  }
  return { people, problems };
}

/**
 * A OneRoster 1.2 CSV zip: the zip's directory is checked by the SCORM importer's own rules (no `../`,
 * no links, no bombs) plus ours (no folders), then the students of one class are read. A file holding
 * several classes needs the teacher's choice.
 */
export async function readOneRosterZip(path: string, chosen: string | null): Promise<ParsedOneRoster> {
  let zip: PackageZip;
  try {
    zip = await PackageZip.open(path, ROSTER_LIMITS.zip);
  } catch (error) {
    if (!(error instanceof PackageRefused)) throw error;
    throw refuse('', null, 'ROSTER_ZIP_REFUSED', error.problems.join(' '), { detail: error.problems[0] ?? '' });
  }
  try {
    const tables = await readTables(zip);
    checkManifest(tables['manifest.csv']!);
    const classes = listClasses(tables);
    if (classes.length === 0) throw refuse('classes.csv', null, 'ROSTER_NO_CLASS', 'The roster lists no class.');
    const pick = chosen ? classes.find((c) => c.sourcedId === chosen) : classes.length === 1 ? classes[0] : undefined;
    if (!pick) return { people: [], problems: [], classes, chosenClass: null };
    const schoolId = tables['classes.csv']!.rows.find((r) => r.get('sourcedid') === pick.sourcedId)!.get('schoolsourcedid');
    const { people, problems } = classStudents(tables, pick.sourcedId, schoolId);
    return { people, problems, classes, chosenClass: pick };
  } finally {
    zip.close();
  }
}
