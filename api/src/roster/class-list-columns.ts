import { normaliseHeader, type TableRow } from './roster-table.js';

/** The header names a teacher's spreadsheet may use for each column, normalised (see normaliseHeader), most telling first. */
const COLUMNS = {
  given: ['firstname', 'first', 'givenname', 'given', 'forename', 'prenom'],
  family: ['lastname', 'last', 'familyname', 'family', 'surname', 'nom', 'nomdefamille'],
  full: ['name', 'fullname', 'studentname', 'student', 'nomcomplet', 'eleve', 'nomdeleleve'],
  number: ['studentnumber', 'studentno', 'studentid', 'number', 'id', 'identifier', 'numero', 'numerodeleve', 'matricule'],
  email: ['email', 'emailaddress', 'mail', 'courriel', 'adressecourriel'],
} as const;

/** Where each column is in the header row (its index), or null when the list has no such column. */
export type ClassListColumns = Record<keyof typeof COLUMNS, number | null>;

/** How far down a title ("Grade 9 Social Studies: class list", a school's name, a blank row) may push the header. */
const HEADER_SEARCH_ROWS = 10;

function columnsOf(row: TableRow): ClassListColumns {
  const names = row.cells.map((cell) => (typeof cell === 'string' ? normaliseHeader(cell) : ''));
  const find = (candidates: readonly string[]) => {
    const index = candidates.map((name) => names.indexOf(name)).find((i) => i >= 0);
    return index ?? null;
  };
  return {
    given: find(COLUMNS.given),
    family: find(COLUMNS.family),
    full: find(COLUMNS.full),
    number: find(COLUMNS.number),
    email: find(COLUMNS.email),
  };
}

const knownCount = (columns: ClassListColumns) => Object.values(columns).filter((index) => index !== null).length;

/**
 * The header row: among the first rows, the one that names the most known columns, a name column among
 * them (first name, or a whole name). Rows above it, such as a title merged across the columns, are not read.
 */
export function findHeader(rows: TableRow[]): { index: number; columns: ClassListColumns } | null {
  let best: { index: number; columns: ClassListColumns } | null = null;
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns = columnsOf(row);
    if (columns.given === null && columns.full === null) continue;
    if (!best || knownCount(columns) > knownCount(best.columns)) best = { index, columns };
  }
  return best;
}
