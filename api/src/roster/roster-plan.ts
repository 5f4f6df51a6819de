import { defaultDisplayName, fullName, type RosterPerson } from './roster-person.js';
import { rosterProblem, type RosterProblem } from './roster-problem.js';

/** A student of the class as the plan compares them. */
export interface CurrentStudent {
  userId: string;
  displayName: string;
  externalId: string | null;
  email: string | null;
  /** An account the class made (no e-mail): the teacher, or the roster, chooses its name. */
  nameManagedByClass: boolean;
}

/** An existing account a roster line names by e-mail. */
export interface AccountByEmail {
  userId: string;
  /** The account is a student of another organisation's class, and not a member of this one's. */
  inAnotherSchool: boolean;
}

export type PlanAction = 'add' | 'update' | 'unchanged' | 'remove' | 'skip' | 'kept';

export interface PlanRow {
  file: string;
  /** Null for students of the class the file does not name (kept as they are). */
  line: number | null;
  action: PlanAction;
  displayName: string;
  previousName: string | null;
  externalId: string | null;
  /** The account the row concerns, when there is one already. */
  userId: string | null;
}

export interface RosterPlan {
  rows: PlanRow[];
  problems: RosterProblem[];
}

const identity = (p: RosterPerson) => p.externalId ?? p.email ?? `name:${fullName(p).toLocaleLowerCase()}`;

function duplicates(people: RosterPerson[]): RosterProblem[] {
  const first = new Map<string, RosterPerson>();
  const problems: RosterProblem[] = [];
  for (const person of people) {
    const key = identity(person);
    const earlier = first.get(key);
    if (!earlier) first.set(key, person);
    else
      problems.push(
        rosterProblem(person.file, person.line, 'ROSTER_DUPLICATE', `Line ${person.line} names the same student as line ${earlier.line}.`, {
          other: earlier.line,
        }),
      );
  }
  return problems;
}

/** Short names, with the full name for students whose short names would be the same. */
function displayNames(people: RosterPerson[]): Map<RosterPerson, string> {
  const counts = new Map<string, number>();
  for (const p of people) counts.set(defaultDisplayName(p), (counts.get(defaultDisplayName(p)) ?? 0) + 1);
  return new Map(people.map((p) => [p, (counts.get(defaultDisplayName(p)) ?? 0) > 1 ? fullName(p) : defaultDisplayName(p)]));
}

function findCurrent(person: RosterPerson, name: string, students: CurrentStudent[]): CurrentStudent | undefined {
  if (person.externalId) {
    const byId = students.find((s) => s.externalId === person.externalId);
    if (byId) return byId;
  }
  if (person.email) {
    const byEmail = students.find((s) => s.email === person.email);
    if (byEmail) return byEmail;
  }
  return students.find((s) => s.externalId === null && s.displayName === name);
}

function rowFor(
  person: RosterPerson,
  name: string,
  current: CurrentStudent | undefined,
  accounts: Map<string, AccountByEmail>,
): PlanRow | RosterProblem {
  const base = { file: person.file, line: person.line, displayName: name, externalId: person.externalId, previousName: null };
  if (current) {
    if (person.remove) return { ...base, action: 'remove', displayName: current.displayName, userId: current.userId };
    const rename = current.nameManagedByClass && current.displayName !== name;
    const relink = person.externalId !== null && current.externalId !== person.externalId;
    if (!rename && !relink) return { ...base, action: 'unchanged', displayName: current.displayName, userId: current.userId };
    return {
      ...base,
      action: 'update',
      displayName: rename ? name : current.displayName,
      previousName: rename ? current.displayName : null,
      userId: current.userId,
    };
  }
  if (person.remove) return { ...base, action: 'skip', userId: null };
  const account = person.email ? accounts.get(person.email) : undefined;
  if (account?.inAnotherSchool)
    return rosterProblem(
      person.file,
      person.line,
      'ROSTER_OTHER_SCHOOL',
      `Line ${person.line}: this student is already in another school.`,
    );
  return { ...base, action: 'add', userId: account?.userId ?? null };
}

/**
 * What importing the roster would do to the class, line by line: a dry run that changes nothing. The
 * same plan, made again inside the applying transaction, is what gets applied; a plan with any problem
 * applies nothing.
 */
export function planRoster(
  people: RosterPerson[],
  parseProblems: RosterProblem[],
  students: CurrentStudent[],
  accounts: Map<string, AccountByEmail>,
): RosterPlan {
  const problems = [...parseProblems, ...duplicates(people)];
  const names = displayNames(people.filter((p) => !p.remove));
  const rows: PlanRow[] = [];
  const named = new Set<string>();
  for (const person of people) {
    const name = names.get(person) ?? defaultDisplayName(person);
    const current = findCurrent(
      person,
      name,
      students.filter((s) => !named.has(s.userId)),
    );
    if (current) named.add(current.userId);
    const row = rowFor(person, name, current, accounts);
    if ('reason' in row) problems.push(row);
    else rows.push(row);
  }
  for (const s of students.filter((s) => !named.has(s.userId)))
    rows.push({
      file: '',
      line: null,
      action: 'kept',
      displayName: s.displayName,
      previousName: null,
      externalId: s.externalId,
      userId: s.userId,
    });
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { rows, problems };
}
