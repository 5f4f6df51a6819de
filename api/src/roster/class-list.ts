import { findHeader, type ClassListColumns } from './class-list-columns.js';
import { personProblem } from './person-problem.js';
import type { RosterPerson } from './roster-person.js';
import { refuse, rosterProblem, type RosterProblem } from './roster-problem.js';
import type { TableRow, UnreadableCell } from './roster-table.js';

/** "Kaur, Amina" or "Amina Kaur" into given and family name. */
export function splitFullName(name: string): { givenName: string; familyName: string } {
  const comma = name.indexOf(',');
  if (comma > 0) return { givenName: name.slice(comma + 1).trim(), familyName: name.slice(0, comma).trim() };
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { givenName: words[0] ?? '', familyName: '' };
  return { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1) ?? '' };
}

/** The students of a class list and the problems of its lines. */
export interface ClassList {
  people: RosterPerson[];
  problems: RosterProblem[];
}

function unreadableProblem(file: string, line: number, cell: UnreadableCell): RosterProblem {
  const message =
    cell.reason === 'ROSTER_ERROR_CELL'
      ? `Line ${line}: cell ${cell.address} shows the error ${cell.shown}.`
      : `Line ${line}: cell ${cell.address} holds a formula (${cell.shown}) saved without its result.`;
  return rosterProblem(file, line, cell.reason, message, { address: cell.address, cell: cell.shown });
}

/** The columns a row is read from: first and last name, or the whole name; the student number; the e-mail. */
function readColumns(columns: ClassListColumns): number[] {
  const names = columns.given !== null ? [columns.given, columns.family] : [columns.full];
  return [...names, columns.number, columns.email].filter((index): index is number => index !== null);
}

/** One row as a student, or the problem that keeps it from being one. */
function personOf(row: TableRow, columns: ClassListColumns, file: string): RosterPerson | RosterProblem {
  const unreadable = readColumns(columns)
    .map((index) => row.cells[index])
    .find((cell): cell is UnreadableCell => typeof cell === 'object');
  if (unreadable) return unreadableProblem(file, row.line, unreadable);
  // Only the cells of readColumns are read, and none of them is unreadable.
  const text = (index: number | null) => (index === null ? '' : ((row.cells[index] as string | undefined) ?? ''));
  const names =
    columns.given !== null ? { givenName: text(columns.given), familyName: text(columns.family) } : splitFullName(text(columns.full));
  const person: RosterPerson = {
    file,
    line: row.line,
    externalId: text(columns.number) || null,
    ...names,
    email: text(columns.email).toLowerCase() || null,
    remove: false,
  };
  return personProblem(person) ?? person;
}

/**
 * A class list, from a CSV file or a worksheet alike: a header row naming first and last name columns,
 * or one name column, and optionally a student number and an e-mail; below it, one student a row. Each
 * row becomes a person, or a problem with its line number.
 */
export function readClassList(rows: TableRow[], file: string): ClassList {
  const first = rows[0];
  if (!first) throw refuse(file, null, 'ROSTER_EMPTY', `The file "${file}" is empty.`, { file });
  const header = findHeader(rows);
  if (!header)
    throw refuse(
      file,
      first.line,
      'ROSTER_MISSING_COLUMNS',
      `The file "${file}" needs a "First name" (and "Last name") column, or a "Name" column.`,
      { file },
    );
  const body = rows.slice(header.index + 1);
  if (body.length === 0) throw refuse(file, null, 'ROSTER_EMPTY', `The file "${file}" has no students in it.`, { file });
  const list: ClassList = { people: [], problems: [] };
  for (const row of body) {
    const read = personOf(row, header.columns, file);
    if ('reason' in read) list.problems.push(read);
    else list.people.push(read);
  }
  return list;
}
