import { isFormulaLike } from './formula-cells.js';
import type { RosterPerson } from './roster-person.js';
import { rosterProblem, type RosterProblem } from './roster-problem.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with one line of a roster, if anything (the same rules for every format). */
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
