import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readEmptyFormulaResults } from './exceljs-empty-results.js';
import { cellText, numberText } from './xlsx-cell-text.js';

readEmptyFormulaResults();

/** Writes one row of values as exceljs (like Excel) saves them, reads the file back, and gives each cell's text. */
async function roundTrip(values: ExcelJS.CellValue[], style?: (sheet: ExcelJS.Worksheet) => void) {
  const written = new ExcelJS.Workbook();
  const sheet = written.addWorksheet('Class');
  sheet.addRow(values);
  style?.(sheet);
  const bytes = await written.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes);
  const row = read.worksheets[0]!.getRow(1);
  return values.map((_, i) => cellText(row.getCell(i + 1)));
}

describe('cellText', () => {
  it('gives numbers as a spreadsheet shows them, never as 123456.0 or 1.23456E5', async () => {
    expect(await roundTrip([123456, 1234567890123, 1.5, 0.1 + 0.2, -7, 0])).toEqual(['123456', '1234567890123', '1.5', '0.3', '-7', '0']);
    expect(numberText(1e21)).toBe('1e+21');
  });

  it('keeps text as text (leading zeros too) and trims it; joins the runs of rich text', async () => {
    const rich = { richText: [{ text: 'A' }, { text: 'ba', font: { bold: true } }, { text: 'ra  ' }] };
    expect(await roundTrip(['007788', '  Zoë  ', rich, ''])).toEqual(['007788', 'Zoë', 'Abara', '']);
  });

  it('gives a hyperlink its text (an e-mail address Excel made a mailto: link)', async () => {
    const mail = { text: 'Amina@Example.test', hyperlink: 'mailto:amina@example.test' };
    const page = { text: { richText: [{ text: 'Bo ' }, { text: 'Li' }] } as unknown as string, hyperlink: 'https://example.test/bo' };
    expect(await roundTrip([mail, page])).toEqual(['Amina@Example.test', 'Bo Li']);
  });

  it('gives a formula its saved result, an empty one too, and refuses one saved without a result', async () => {
    const cells = await roundTrip([
      { formula: 'PROPER("bao")', result: 'Bao' },
      { formula: '100000+23', result: 100023 },
      { formula: 'IF(1=1,"","x")', result: '' },
      { formula: 'A1&B1' },
      { formula: 'VLOOKUP(9,A1:B1,2,FALSE)', result: { error: '#N/A' } },
      { formula: '1-1', result: 0 },
    ]);
    expect(cells).toEqual([
      'Bao',
      '100023',
      '',
      { reason: 'ROSTER_FORMULA_NO_RESULT', address: 'D1', shown: '=A1&B1' },
      { reason: 'ROSTER_ERROR_CELL', address: 'E1', shown: '#N/A' },
      '0',
    ]);
  });

  it('reads a formula filled down (a shared formula) by its own result', async () => {
    const written = new ExcelJS.Workbook();
    const sheet = written.addWorksheet('Class');
    sheet.addRows([
      ['Ana', 'Lima'],
      ['Bo', 'Li'],
    ]);
    sheet.fillFormula('C1:C2', 'A1&" "&B1', (row) => (row === 1 ? 'Ana Lima' : 'Bo Li'));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await written.xlsx.writeBuffer());
    const column = read.worksheets[0]!.getColumn(3);
    expect([cellText(column.worksheet.getCell('C1')), cellText(column.worksheet.getCell('C2'))]).toEqual(['Ana Lima', 'Bo Li']);
  });

  it('shows dates as ISO text, booleans as TRUE and FALSE, an error value as unreadable', async () => {
    const day = new Date(Date.UTC(2011, 2, 4));
    const moment = new Date(Date.UTC(2026, 8, 1, 8, 30));
    const cells = await roundTrip([day, moment, true, false, { error: '#DIV/0!' }], (sheet) => {
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
      sheet.getCell('B1').numFmt = 'yyyy-mm-dd hh:mm';
    });
    expect(cells).toEqual([
      '2011-03-04',
      '2026-09-01T08:30',
      'TRUE',
      'FALSE',
      { reason: 'ROSTER_ERROR_CELL', address: 'E1', shown: '#DIV/0!' },
    ]);
  });

  it('gives the text of merged cells to the first of them only', async () => {
    const cells = await roundTrip(['Grade 9: class list', null, null], (sheet) => sheet.mergeCells('A1:C1'));
    expect(cells).toEqual(['Grade 9: class list', '', '']);
  });
});
