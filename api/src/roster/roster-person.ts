/** One student as a roster file names them, before it is compared with the class. */
export interface RosterPerson {
  /** Where the student was read: the file (inside a zip) and its line, for the preview and its problems. */
  file: string;
  line: number;
  /** The roster's own id for the student: a OneRoster sourcedId, or the student number of a plain CSV. */
  externalId: string | null;
  givenName: string;
  familyName: string;
  /** Used only to find an existing account; never stored for a new student (see README, roster import). */
  email: string | null;
  /** The roster says this student is gone (OneRoster `tobedeleted`, or a disabled user). */
  remove: boolean;
}

/** "First name and initial" by default, as the teacher would write it on the board: "Amina K.". */
export function defaultDisplayName(person: Pick<RosterPerson, 'givenName' | 'familyName'>): string {
  const given = person.givenName.trim();
  const initial = [...person.familyName.trim()][0];
  if (!given) return person.familyName.trim();
  return initial ? `${given} ${initial.toLocaleUpperCase()}.` : given;
}

/** The full name, for a student whose short name would be the same as another's in the class. */
export function fullName(person: Pick<RosterPerson, 'givenName' | 'familyName'>): string {
  return `${person.givenName.trim()} ${person.familyName.trim()}`.trim();
}
