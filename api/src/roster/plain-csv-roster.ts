import { readCsvTable, type CsvTable } from './csv-rows.js';
import { isFormulaLike } from './formula-cells.js';
import type { RosterPerson } from './roster-person.js';
import { refuse, rosterProblem, type RosterProblem } from './roster-problem.js';
import { decodeRosterText, type RosterEncoding } from './text-decoding.js';

/** The header names a teacher's spreadsheet may use for each column, normalised (see normaliseHeader). */
const COLUMNS = {
  given: ['firstname', 'first', 'givenname', 'given', 'forename', 'prenom'],
  family: ['lastname', 'last', 'familyname', 'family', 'surname', 'nom', 'nomdefamille'],
  full: ['name', 'fullname', 'studentname', 'student', 'nomcomplet', 'eleve', 'nomdeleleve'],
  number: ['studentnumber', 'studentno', 'studentid', 'number', 'id', 'identifier', 'numero', 'numerodeleve', 'matricule'],
  email: ['email', 'emailaddress', 'mail', 'courriel', 'adressecourriel'],
} as const;

function column(table: CsvTable, names: readonly string[]): string | null {
  return names.find((name) => table.header.includes(name)) ?? null;
}

/** "Kaur, Amina" or "Amina Kaur" into given and family name. */
export function splitFullName(name: string): { givenName: string; familyName: string } {
  const comma = name.indexOf(',');
  if (comma > 0) return { givenName: name.slice(comma + 1).trim(), familyName: name.slice(0, comma).trim() };
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { givenName: words[0] ?? '', familyName: '' };
  return { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1) ?? '' };
}

export interface ParsedRoster {
  people: RosterPerson[];
  problems: RosterProblem[];
  encoding: RosterEncoding;
}

/**
 * A plain CSV roster: first and last name columns, or one name column, and optionally a student number
 * and an e-mail. Each line becomes a person, or a problem with its line number.
 */
export async function readPlainCsvRoster(bytes: Buffer, file: string): Promise<ParsedRoster> {
  const { text, encoding } = decodeRosterText(bytes, file);
  const table = await readCsvTable(text, file);
  const cols = {
    given: column(table, COLUMNS.given),
    family: column(table, COLUMNS.family),
    full: column(table, COLUMNS.full),
    number: column(table, COLUMNS.number),
    email: column(table, COLUMNS.email),
  };
  if (!cols.given && !cols.full)
    throw refuse(
      file,
      1,
      'ROSTER_MISSING_COLUMNS',
      `The file "${file}" needs a "First name" (and "Last name") column, or a "Name" column.`,
      {
        file,
      },
    );
  if (table.rows.length === 0) throw refuse(file, null, 'ROSTER_EMPTY', `The file "${file}" has no students in it.`, { file });
  const people: RosterPerson[] = [];
  const problems: RosterProblem[] = [];
  for (const row of table.rows) {
    const cell = (name: string | null) => (name ? row.get(name) : '');
    const names = cols.given ? { givenName: cell(cols.given), familyName: cell(cols.family) } : splitFullName(cell(cols.full));
    const person: RosterPerson = {
      file,
      line: row.line,
      externalId: cell(cols.number) || null,
      ...names,
      email: cell(cols.email).toLowerCase() || null,
      remove: false,
    };
    const problem = personProblem(person);
    if (problem) problems.push(problem);
    else people.push(person);
  }
  return { people, problems, encoding };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with one line of a roster, if anything (shared by both formats). */
export function personProblem(person: RosterPerson): RosterProblem | null {
  const { file, line } = person;
  const cells = [person.givenName, person.familyName, person.externalId ?? '', person.email ?? ''];
  const formula = cells.find(isFormulaLike);
  if (formula !== undefined)
    return rosterProblem(file, line, 'ROSTER_FORMULA_CELL', `Line ${line}: "${formula}" looks like a spreadsheet formula.`, {
      cell: formula,
    });
  if (!person.givenName && !person.familyName) return rosterProblem(file, line, 'ROSTER_NO_NAME', `Line ${line} has no name.`);
  if ([...person.givenName].length + [...person.familyName].length > 100)
    return rosterProblem(file, line, 'ROSTER_NAME_TOO_LONG', `Line ${line}: the name is longer than 100 characters.`);
  if (person.email && !EMAIL.test(person.email))
    return rosterProblem(file, line, 'ROSTER_BAD_EMAIL', `Line ${line}: "${person.email}" is not an e-mail address.`, {
      email: person.email,
    });
  return null;
}
