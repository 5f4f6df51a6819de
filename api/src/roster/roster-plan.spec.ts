import { describe, expect, it } from 'vitest';
import type { RosterPerson } from './roster-person.js';
import { planRoster, type CurrentStudent } from './roster-plan.js';

const person = (line: number, givenName: string, familyName: string, extra: Partial<RosterPerson> = {}): RosterPerson => ({
  file: 'class.csv',
  line,
  externalId: null,
  givenName,
  familyName,
  email: null,
  remove: false,
  ...extra,
});
const student = (userId: string, displayName: string, externalId: string | null = null): CurrentStudent => ({
  userId,
  displayName,
  externalId,
  email: null,
  nameManagedByClass: true,
});

describe('planRoster', () => {
  it('adds new students with first name and initial, and keeps those the file does not name', () => {
    const plan = planRoster(
      [person(2, 'Amina', 'Kaur'), person(3, 'Bao', 'Chen', { externalId: 'S-2' })],
      [],
      [student('u1', 'Dalia D.')],
      new Map(),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.rows.map((r) => [r.line, r.action, r.displayName])).toEqual([
      [2, 'add', 'Amina K.'],
      [3, 'add', 'Bao C.'],
      [null, 'kept', 'Dalia D.'],
    ]);
  });

  it('changes nothing when the same file comes again (matched by number, else by name)', () => {
    const plan = planRoster(
      [person(2, 'Amina', 'Kaur'), person(3, 'Bao', 'Chen', { externalId: 'S-2' })],
      [],
      [student('u1', 'Amina K.'), student('u2', 'Bao C.', 'S-2')],
      new Map(),
    );
    expect(plan.rows.map((r) => r.action)).toEqual(['unchanged', 'unchanged']);
  });

  it('renames a student the class named, removes one marked to be deleted, skips one not in the class', () => {
    const plan = planRoster(
      [
        person(2, 'Bao', 'Cheng', { externalId: 'S-2' }),
        person(3, 'Ana', 'Lima', { externalId: 'S-3', remove: true }),
        person(4, 'X', 'Y', { externalId: 'S-9', remove: true }),
      ],
      [],
      [student('u2', 'Bao C.', 'S-2'), student('u3', 'Ana L.', 'S-3')],
      new Map(),
    );
    expect(plan.rows.map((r) => [r.action, r.displayName, r.previousName])).toEqual([
      ['unchanged', 'Bao C.', null],
      ['remove', 'Ana L.', null],
      ['skip', 'X Y.', null],
    ]);
    const renamed = planRoster([person(2, 'Bo', 'Chen', { externalId: 'S-2' })], [], [student('u2', 'Bao C.', 'S-2')], new Map());
    expect(renamed.rows[0]).toMatchObject({ action: 'update', displayName: 'Bo C.', previousName: 'Bao C.' });
  });

  it('gives full names to students whose short names would be the same', () => {
    const plan = planRoster([person(2, 'Amina', 'Kaur'), person(3, 'Amina', 'Khan')], [], [], new Map());
    expect(plan.rows.map((r) => r.displayName)).toEqual(['Amina Kaur', 'Amina Khan']);
  });

  it('finds duplicate students and students already in another school', () => {
    const plan = planRoster(
      [
        person(2, 'Amina', 'Kaur', { externalId: 'S-1' }),
        person(5, 'Amina', 'Kaur', { externalId: 'S-1' }),
        person(6, 'Li', 'Wei'),
        person(7, 'li', 'wei'),
        person(8, 'Sam', 'Ng', { email: 'sam@example.test' }),
      ],
      [],
      [],
      new Map([['sam@example.test', { userId: 'u9', inAnotherSchool: true }]]),
    );
    expect(plan.problems.map((p) => [p.line, p.reason, p.params])).toEqual([
      [5, 'ROSTER_DUPLICATE', { other: 2 }],
      [7, 'ROSTER_DUPLICATE', { other: 6 }],
      [8, 'ROSTER_OTHER_SCHOOL', {}],
    ]);
  });

  it('adds an existing account named by e-mail instead of making a new one', () => {
    const plan = planRoster(
      [person(2, 'Sam', 'Ng', { email: 'sam@example.test' })],
      [],
      [],
      new Map([['sam@example.test', { userId: 'u9', inAnotherSchool: false }]]),
    );
    expect(plan.rows[0]).toMatchObject({ action: 'add', userId: 'u9' });
  });
});
