import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { RosterRefused } from './roster-problem.js';
import { readXlsxRoster } from './xlsx-roster.js';

/** A workbook as exceljs saves it (shared strings, styles, the parts Excel writes). */
async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function zipOf(files: Record<string, string | Buffer>, compress = true): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(files)) zip.addBuffer(Buffer.from(data), name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Makes the zip's headers understate how large `name` is once inflated, as a zip bomb does. */
function understate(zip: Buffer, name: string, size: number): Buffer {
  const lying = Buffer.from(zip);
  for (let at = 0; at < lying.length - 46; at++) {
    const signature = lying.readUInt32LE(at);
    const [nameAt, sizeAt] = signature === 0x02014b50 ? [46, 24] : signature === 0x04034b50 ? [30, 22] : [0, 0];
    if (!nameAt) continue;
    const length = lying.readUInt16LE(at + (signature === 0x02014b50 ? 28 : 26));
    if (lying.toString('utf8', at + nameAt, at + nameAt + length) === name) lying.writeUInt32LE(size, at + sizeAt);
  }
  return lying;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The fewest parts a workbook needs, no styles and no shared strings, each cell's text inline: what
 * hand-rolled exporters of school systems write.
 */
function minimalWorkbook(sheetData: string, sheetRels = '', hyperlinks = ''): Record<string, string> {
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><sheetData>${sheetData}</sheetData>${hyperlinks}</worksheet>`,
    ...(sheetRels ? { 'xl/worksheets/_rels/sheet1.xml.rels': sheetRels } : {}),
  };
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await readXlsxRoster(bytes, 'class.xlsx');
  } catch (error) {
    if (error instanceof RosterRefused) return error.problem.reason;
    throw error;
  }
  return 'accepted';
}

const who = (people: Awaited<ReturnType<typeof readXlsxRoster>>['people']) =>
  people.map((p) => [p.line, p.externalId, p.givenName, p.familyName, p.email]);

/** Workbooks LibreOffice Calc wrote (see tests/fixtures/rosters/README.md); CI only reads them. */
const fixture = (name: string) => readFile(new URL(`../../../tests/fixtures/rosters/${name}`, import.meta.url));

describe('readXlsxRoster', () => {
  it('reads the first visible sheet as Excel saves it: under a merged title, numbers, links, formulas, rich text', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('Old list', { state: 'hidden' }).addRows([['Name'], ['Not This Student']]);
      const sheet = book.addWorksheet('Class 9B');
      sheet.addRow(['Grade 9 Social Studies: Ms. Haddad']);
      sheet.mergeCells('A1:D1');
      sheet.addRow([]);
      sheet.addRow(['Student number', 'First name', 'Last name', 'E-mail']);
      sheet.addRow([123456, 'Amina', 'Kaur  ', { text: 'Amina@Example.test', hyperlink: 'mailto:amina@example.test' }]);
      sheet.addRow([
        '007788',
        { formula: 'PROPER("bao")', result: 'Bao' },
        { richText: [{ text: 'Ch' }, { text: 'en', font: { bold: true } }] },
        { formula: 'IF(1=1,"","x")', result: '' },
      ]);
      sheet.addRow([]);
      sheet.getCell('C6').numFmt = '@';
      sheet.addRow([123458, 'Chidi', 'Abara', null]);
      book.addWorksheet('Notes').addRow(['Seating plan to follow.']);
    });
    const roster = await readXlsxRoster(bytes, 'class.xlsx');
    expect(roster.problems).toEqual([]);
    expect(who(roster.people)).toEqual([
      [4, '123456', 'Amina', 'Kaur', 'amina@example.test'],
      [5, '007788', 'Bao', 'Chen', null],
      [7, '123458', 'Chidi', 'Abara', null],
    ]);
    expect(roster.sheet).toEqual({ name: 'Class 9B', otherSheets: ['Notes'] });
  });

  it('names the row of an error, of a formula saved without its result, of formula-like text and of a bad e-mail', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Class');
      sheet.addRow(['Name', 'Student ID', 'Email', 'Notes']);
      sheet.addRow(['Ana Lima', { error: '#N/A' }, '']);
      sheet.addRow(['Bo Li', { formula: 'A3&B3' }, '']);
      sheet.addRow(['=1+1', 3, '']);
      sheet.addRow(['Cy Ng', 4, 'not-an-address']);
      // A column the roster does not read may hold anything.
      sheet.addRow(['Di Ho', 5, '', { error: '#REF!' }]);
    });
    const roster = await readXlsxRoster(bytes, 'class.xlsx');
    expect(roster.problems.map((p) => [p.line, p.reason, p.params])).toEqual([
      [2, 'ROSTER_ERROR_CELL', { address: 'B2', cell: '#N/A' }],
      [3, 'ROSTER_FORMULA_NO_RESULT', { address: 'B3', cell: '=A3&B3' }],
      [4, 'ROSTER_FORMULA_CELL', { cell: '=1+1' }],
      [5, 'ROSTER_BAD_EMAIL', { email: 'not-an-address' }],
    ]);
    expect(roster.people.map((p) => p.givenName)).toEqual(['Di']);
  });

  it('reads inline strings without styles, an empty text result, a link without text, as school systems write them', async () => {
    const rels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/hyperlink" Target="mailto:jose@example.test" TargetMode="External"/></Relationships>`;
    const sheetData = [
      `<row r="1">${inline('A1', 'Prénom')}${inline('B1', 'Nom')}${inline('C1', 'Matricule')}${inline('D1', 'Courriel')}</row>`,
      `<row r="2">${inline('A2', 'Gaëlle')}<c r="B2" t="inlineStr"><is><r><t>Cô</t></r><r><rPr><b/></rPr><t>té</t></r></is></c><c r="C2"><v>2024001</v></c><c r="D2" t="str"><f>IF(TRUE,"","x")</f><v></v></c></row>`,
      `<row r="4">${inline('A4', 'José')}${inline('B4', 'Müller ')}<c r="C4" t="n"><v>2024002</v></c><c r="D4"/></row>`,
      `<row r="5">${inline('A5', 'Wei')}${inline('B5', 'Li')}<c r="C5"><f>2024000+3</f></c></row>`,
    ].join('');
    const bytes = await zipOf(minimalWorkbook(sheetData, rels, '<hyperlinks><hyperlink ref="D4" r:id="rId1"/></hyperlinks>'));
    const roster = await readXlsxRoster(bytes, 'export.xlsx');
    expect(who(roster.people)).toEqual([
      [2, '2024001', 'Gaëlle', 'Côté', null],
      [4, '2024002', 'José', 'Müller', 'jose@example.test'],
    ]);
    expect(roster.problems.map((p) => [p.line, p.reason, p.params])).toEqual([
      [5, 'ROSTER_FORMULA_NO_RESULT', { address: 'C5', cell: '=2024000+3' }],
    ]);
    expect(roster.sheet).toEqual({ name: 'Export', otherSheets: [] });
  });

  it('reads what LibreOffice Calc saves: a title over French headers, a hidden sheet, links, formulas, rich text', async () => {
    const roster = await readXlsxRoster(await fixture('class-9a.xlsx'), 'class-9a.xlsx');
    expect(roster.problems).toEqual([]);
    expect(who(roster.people)).toEqual([
      [4, '123456', 'Zoë', 'Ødegård', 'zoe@example.test'],
      [5, '007788', 'Amina', 'Kaur', null],
      [7, '123457', 'Bao', 'Chen', null],
      [8, '123458', 'Chidi', 'Abara', null],
    ]);
    expect(roster.sheet).toEqual({ name: 'Class 9A', otherSheets: ['Notes'] });
    const fromCsv = await readXlsxRoster(await fixture('class-list.xlsx'), 'class-list.xlsx');
    expect(who(fromCsv.people)).toEqual([
      [2, '100234', 'Noor', 'Haddad', 'noor@example.test'],
      [3, '100235', 'Olek', 'Lindqvist', null],
      [4, '100236', 'Sami', 'Järvinen', null],
    ]);
  });

  it('refuses more rows than a CSV file may have lines', async () => {
    const rows = [['Name'], ...Array.from({ length: 20_001 }, (_, i) => [`Student ${i}`])];
    expect(await refusal(await workbook((book) => book.addWorksheet('Class').addRows(rows)))).toBe('ROSTER_TOO_LONG');
  });

  it('refuses a workbook that would unpack too large, or whose zip lies about it, before exceljs inflates it', async () => {
    const padding = Buffer.alloc(21 * 1024 * 1024, ' ');
    const parts = minimalWorkbook(`<row r="1">${inline('A1', 'Name')}</row><row r="2">${inline('A2', 'Ana Lima')}</row>`);
    expect(await refusal(await zipOf({ ...parts, 'xl/media/padding.bin': padding }, false))).toBe('ROSTER_XLSX_TOO_LARGE');
    const bomb = {
      ...parts,
      'xl/worksheets/sheet1.xml': parts['xl/worksheets/sheet1.xml']!.replace('<sheetData>', `<sheetData>${' '.repeat(5 * 1024 * 1024)}`),
    };
    expect(await refusal(await zipOf(bomb))).toBe('ROSTER_XLSX_TOO_LARGE');
    const lying = understate(
      await zipOf({ ...parts, 'xl/worksheets/sheet1.xml': bomb['xl/worksheets/sheet1.xml'] }),
      'xl/worksheets/sheet1.xml',
      4096,
    );
    expect(await refusal(lying)).toBe('ROSTER_XLSX_DAMAGED');
  });

  it('refuses a damaged workbook and one without a visible sheet', async () => {
    expect(await refusal(await zipOf({ ...minimalWorkbook(''), 'xl/workbook.xml': '<workbook><sheets><sheet' }))).toBe(
      'ROSTER_XLSX_DAMAGED',
    );
    const hidden = await workbook((book) => book.addWorksheet('Only', { state: 'hidden' }).addRow(['Name']));
    expect(await refusal(hidden)).toBe('ROSTER_NO_SHEET');
    expect(await refusal(await workbook((book) => book.addWorksheet('Class').addRow(['Name'])))).toBe('ROSTER_EMPTY');
  });
});
