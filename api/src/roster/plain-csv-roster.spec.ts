import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { splitFullName } from './class-list.js';
import { readPlainCsvRoster } from './plain-csv-roster.js';
import { RosterRefused } from './roster-problem.js';

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await readPlainCsvRoster(bytes, 'class.csv');
  } catch (error) {
    if (error instanceof RosterRefused) return error.problem.reason;
    throw error;
  }
  return 'accepted';
}

describe('readPlainCsvRoster', () => {
  it('reads first and last names, student numbers and e-mails, with a BOM and commas', async () => {
    const csv = '\uFEFFFirst name,Last name,Student number,E-mail\nZoë,Ødegård,S-1,\nAmina,Kaur,S-2,Amina@Example.test\n';
    const { people, problems, encoding } = await readPlainCsvRoster(Buffer.from(csv, 'utf8'), 'class.csv');
    expect(problems).toEqual([]);
    expect(encoding).toBe('utf-8');
    expect(people.map((p) => [p.line, p.givenName, p.familyName, p.externalId, p.email])).toEqual([
      [2, 'Zoë', 'Ødegård', 'S-1', null],
      [3, 'Amina', 'Kaur', 'S-2', 'amina@example.test'],
    ]);
  });

  it('detects Windows-1252 and semicolons, as a French Excel saves them', async () => {
    const bytes = iconv.encode('Prénom;Nom\r\nGaëlle;Côté\r\nJosé;Müller\r\n', 'windows-1252');
    const { people, encoding } = await readPlainCsvRoster(bytes, 'classe.csv');
    expect(encoding).toBe('windows-1252');
    expect(people.map((p) => `${p.givenName} ${p.familyName}`)).toEqual(['Gaëlle Côté', 'José Müller']);
  });

  it('reads tab-separated values, as a spreadsheet downloads them or a class list pasted from one', async () => {
    const text = 'First name\tLast name\tStudent number\r\nAmina\tKaur, Jr\t00123\r\nTomás\tReyes\t00124\r\n';
    const { people, problems } = await readPlainCsvRoster(Buffer.from(text), 'class-7b.tsv');
    expect(problems).toEqual([]);
    expect(people.map((p) => [p.givenName, p.familyName, p.externalId])).toEqual([
      ['Amina', 'Kaur, Jr', '00123'],
      ['Tomás', 'Reyes', '00124'],
    ]);
  });

  it('reads a single name column, "Last, First" or "First Last"', async () => {
    const { people } = await readPlainCsvRoster(Buffer.from('Name\n"Kaur, Amina"\nLi Wei Chen\nSam\n'), 'c.csv');
    expect(people.map((p) => [p.givenName, p.familyName])).toEqual([
      ['Amina', 'Kaur'],
      ['Li Wei', 'Chen'],
      ['Sam', ''],
    ]);
    expect(splitFullName('  Ana   Lima ')).toEqual({ givenName: 'Ana', familyName: 'Lima' });
  });

  it('names the line of a formula-like cell, a bad e-mail or a missing name', async () => {
    const csv = 'First name,Last name,Email\nAna,=HYPERLINK("http://x"),\n,,\nBo,Li,not-an-address\nCy,Ng,\n';
    const { people, problems } = await readPlainCsvRoster(Buffer.from(csv), 'c.csv');
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'ROSTER_FORMULA_CELL'],
      [4, 'ROSTER_BAD_EMAIL'],
    ]);
    expect(people.map((p) => p.givenName)).toEqual(['Cy']);
  });

  it('finds the header under a title line, as a school system prints a class list', async () => {
    const csv = 'Grade 9 Social Studies: class list,,\n,,\nStudent,Student number,Email\nAna Lima,7,\n';
    const { people } = await readPlainCsvRoster(Buffer.from(csv), 'c.csv');
    expect(people.map((p) => [p.line, p.givenName, p.familyName, p.externalId])).toEqual([[4, 'Ana', 'Lima', '7']]);
  });

  it('counts lines from the start of a quoted cell that spans lines', async () => {
    const { people } = await readPlainCsvRoster(Buffer.from('Name,Note\n"A B","two\nlines"\nC D,x\n'), 'c.csv');
    expect(people.map((p) => p.line)).toEqual([2, 4]);
  });

  it('refuses the wrong encoding, an empty file, missing columns, broken quoting and too many lines', async () => {
    expect(await refusal(iconv.encode('First name,Last name\nAna,Lima\n', 'utf16le'))).toBe('ROSTER_ENCODING');
    expect(await refusal(Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x41, 0x81, 0x42]))).toBe('ROSTER_ENCODING');
    // A UTF-8 byte-order mark promises UTF-8: a byte that is not UTF-8 after it is refused, not guessed.
    expect(await refusal(Buffer.from([0xef, 0xbb, 0xbf, 0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xe9]))).toBe('ROSTER_ENCODING');
    expect(await refusal(Buffer.from(''))).toBe('ROSTER_EMPTY');
    expect(await refusal(Buffer.from('\uFEFF\n\n'))).toBe('ROSTER_EMPTY');
    expect(await refusal(Buffer.from('Name\n'))).toBe('ROSTER_EMPTY');
    expect(await refusal(Buffer.from('Colour,Size\nred,3\n'))).toBe('ROSTER_MISSING_COLUMNS');
    expect(await refusal(Buffer.from('Name\n"Ana Lima\nBo Li\n'))).toBe('ROSTER_MALFORMED');
    const long = 'Name\n' + Array.from({ length: 50_000 }, (_, i) => `Student ${i}`).join('\n');
    expect(await refusal(Buffer.from(long))).toBe('ROSTER_TOO_LONG');
  });
});
