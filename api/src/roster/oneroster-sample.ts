/**
 * Made-up OneRoster 1.2 CSV files (a school, classes, students, a teacher), for the specs, the
 * integration tests and the bench. Names are generated, never copied from a real roster.
 */
export interface SampleStudent {
  sourcedId: string;
  givenName: string;
  familyName: string;
  classSourcedId: string;
  status?: '' | 'active' | 'tobedeleted';
  orgSourcedId?: string;
}

const csv = (rows: string[][]) =>
  rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n';

export function oneRosterFiles(input: {
  classes: { sourcedId: string; title: string }[];
  students: SampleStudent[];
  school?: { sourcedId: string; name: string };
}): Record<string, string> {
  const school = input.school ?? { sourcedId: 'org-1', name: 'Riverside Secondary' };
  const files: Record<string, string> = {};
  files['manifest.csv'] = csv([
    ['propertyName', 'value'],
    ['manifest.version', '1.0'],
    ['oneroster.version', '1.2'],
    ...['academicSessions', 'classes', 'enrollments', 'orgs', 'users', 'roles'].map((f) => [`file.${f}`, 'bulk']),
    ...['categories', 'courses', 'demographics', 'lineItems', 'resources', 'results'].map((f) => [`file.${f}`, 'absent']),
    ['source.systemName', 'Sample SIS'],
  ]);
  files['orgs.csv'] = csv([
    ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'],
    [school.sourcedId, '', '', school.name, 'school', '', ''],
    ['org-other', '', '', 'Another School', 'school', '', ''],
  ]);
  files['academicSessions.csv'] = csv([
    ['sourcedId', 'status', 'dateLastModified', 'title', 'type', 'startDate', 'endDate', 'parentSourcedId', 'schoolYear'],
    ['term-1', '', '', 'Fall', 'term', '2026-09-01', '2027-01-31', '', '2027'],
  ]);
  files['classes.csv'] = csv([
    [
      'sourcedId',
      'status',
      'dateLastModified',
      'title',
      'grades',
      'courseSourcedId',
      'classCode',
      'classType',
      'location',
      'schoolSourcedId',
      'termSourcedIds',
      'subjects',
      'subjectCodes',
      'periods',
    ],
    ...input.classes.map((c) => [
      c.sourcedId,
      '',
      '',
      c.title,
      '09',
      'course-1',
      c.sourcedId.toUpperCase(),
      'scheduled',
      '',
      school.sourcedId,
      'term-1',
      '',
      '',
      '',
    ]),
  ]);
  const people = [...input.students];
  files['users.csv'] = csv([
    [
      'sourcedId',
      'status',
      'dateLastModified',
      'enabledUser',
      'username',
      'userIds',
      'givenName',
      'familyName',
      'middleName',
      'identifier',
      'email',
      'sms',
      'phone',
      'agentSourcedIds',
      'grades',
      'password',
      'userMasterIdentifier',
      'resourceSourcedIds',
      'preferredGivenName',
      'preferredMiddleName',
      'preferredFamilyName',
      'primaryOrgSourcedId',
      'pronouns',
    ],
    [
      'teacher-1',
      '',
      '',
      'true',
      'tkim',
      '',
      'Teacher',
      'Kim',
      '',
      'T-1',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      school.sourcedId,
      '',
    ],
    ...people.map((s) => [
      s.sourcedId,
      s.status === 'active' ? 'active' : '',
      '',
      'true',
      '',
      '',
      s.givenName,
      s.familyName,
      '',
      '',
      '',
      '',
      '',
      '',
      '09',
      '',
      '',
      '',
      '',
      '',
      '',
      s.orgSourcedId ?? school.sourcedId,
      '',
    ]),
  ]);
  files['roles.csv'] = csv([
    [
      'sourcedId',
      'status',
      'dateLastModified',
      'userSourcedId',
      'roleType',
      'role',
      'beginDate',
      'endDate',
      'orgSourcedId',
      'userProfileSourcedId',
    ],
    ['role-t1', '', '', 'teacher-1', 'primary', 'teacher', '', '', school.sourcedId, ''],
    ...people.map((s) => [
      `role-${s.sourcedId}`,
      '',
      '',
      s.sourcedId,
      'primary',
      'student',
      '',
      '',
      s.orgSourcedId ?? school.sourcedId,
      '',
    ]),
  ]);
  files['enrollments.csv'] = csv([
    [
      'sourcedId',
      'status',
      'dateLastModified',
      'classSourcedId',
      'schoolSourcedId',
      'userSourcedId',
      'role',
      'primary',
      'beginDate',
      'endDate',
    ],
    ...input.classes.map((c) => [`enr-t-${c.sourcedId}`, '', '', c.sourcedId, school.sourcedId, 'teacher-1', 'teacher', 'true', '', '']),
    ...people.map((s) => [
      `enr-${s.sourcedId}`,
      s.status ?? '',
      '',
      s.classSourcedId,
      school.sourcedId,
      s.sourcedId,
      'student',
      'false',
      '',
      '',
    ]),
  ]);
  return files;
}

const GIVEN = [
  'Amina',
  'Bao',
  'Chidi',
  'Dalia',
  'Emeka',
  'Farah',
  'Gustavo',
  'Hana',
  'Ilse',
  'Jun',
  'Kiran',
  'Léa',
  'Mateo',
  'Noor',
  'Olek',
  'Priya',
];
const FAMILY = ['Abara', 'Bélanger', 'Chen', 'Dlamini', 'Eriksen', 'Fofana', 'García', 'Haddad', 'Ito', 'Joseph', 'Kaur', 'Lindqvist'];

/** `count` made-up students of one class, with names spread so that few share a short name. */
export function sampleStudents(count: number, classSourcedId: string, prefix = 's'): SampleStudent[] {
  return Array.from({ length: count }, (_, i) => ({
    sourcedId: `${prefix}-${i + 1}`,
    givenName: GIVEN[i % GIVEN.length]!,
    familyName: `${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!}${i >= GIVEN.length * FAMILY.length ? `-${i}` : ''}`,
    classSourcedId,
  }));
}
