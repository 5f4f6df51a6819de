import ExcelJS from 'exceljs';
import { readClassList, type ClassList } from './class-list.js';
import { readEmptyFormulaResults } from './exceljs-empty-results.js';
import { ROSTER_LIMITS } from './roster-limits.js';
import { refuse } from './roster-problem.js';
import type { TableRow } from './roster-table.js';
import { cellText } from './xlsx-cell-text.js';
import { ZipInMemory, ZipUnreadable } from './zip-in-memory.js';

/** The worksheet read, and the other visible ones (hidden sheets are hidden for a reason, and not named). */
export interface WorksheetRead {
  name: string;
  otherSheets: string[];
}

export interface ParsedXlsxRoster extends ClassList {
  sheet: WorksheetRead;
}

// Small parts compress far better than large ones, so ratios count only past this size (as for packages).
const RATIO_FLOOR_BYTES = 1024 * 1024;

readEmptyFormulaResults();

function damaged(file: string) {
  return refuse(
    file,
    null,
    'ROSTER_XLSX_DAMAGED',
    `The workbook "${file}" could not be read; it may be damaged. Open it, save it again as .xlsx or CSV, and upload that.`,
    { file },
  );
}

function tooLarge(file: string) {
  const megabytes = ROSTER_LIMITS.xlsx.maxUnpackedBytes / 1024 / 1024;
  return refuse(
    file,
    null,
    'ROSTER_XLSX_TOO_LARGE',
    `The workbook "${file}" is too large to read (over ${megabytes} MB unpacked). Copy the class list into a new workbook, or save it as CSV.`,
    { file, megabytes },
  );
}

/**
 * exceljs inflates every part of the workbook into memory and cannot be stopped half-way, so the zip's
 * directory is checked first (number of parts, unpacked size, ratio), then that no part inflates past
 * what the directory declares (a zip bomb lies there).
 */
async function checkWorkbookZip(bytes: Buffer, file: string): Promise<void> {
  const limits = ROSTER_LIMITS.xlsx;
  let zip: ZipInMemory;
  try {
    zip = await ZipInMemory.open(bytes, limits.maxEntries);
  } catch (error) {
    if (error instanceof ZipUnreadable) throw damaged(file);
    throw error;
  }
  if (zip.truncated) throw tooLarge(file);
  if (zip.entries.some((e) => e.encrypted))
    throw refuse(file, null, 'ROSTER_ENCRYPTED_WORKBOOK', `The workbook "${file}" is protected with a password.`, { file });
  const unpacked = zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const bomb = (e: { uncompressedSize: number; compressedSize: number }) =>
    e.uncompressedSize > RATIO_FLOOR_BYTES && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize);
  if (unpacked > limits.maxUnpackedBytes || zip.entries.some(bomb)) throw tooLarge(file);
  try {
    await zip.checkDeclaredSizes();
  } catch (error) {
    if (error instanceof ZipUnreadable) throw damaged(file);
    throw error;
  }
}

async function loadWorkbook(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer), which Node's Buffer does not match.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // The parser meets a hostile or broken file in many ways (bad XML, missing parts); each is a damaged workbook.
    throw damaged(file);
  }
  return workbook;
}

/** The rows of a worksheet that hold anything, numbered as the spreadsheet numbers them. */
function sheetRows(sheet: ExcelJS.Worksheet, file: string): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow((row) => {
    const cells = Array.from({ length: row.cellCount }, (): TableRow['cells'][number] => '');
    row.eachCell((cell, column) => (cells[column - 1] = cellText(cell)));
    if (cells.every((cell) => cell === '')) return;
    rows.push({ line: row.number, cells });
  });
  if (rows.length > ROSTER_LIMITS.maxLines + 1)
    throw refuse(file, null, 'ROSTER_TOO_LONG', `The file "${file}" has more than ${ROSTER_LIMITS.maxLines} lines.`, {
      file,
      max: ROSTER_LIMITS.maxLines,
    });
  return rows;
}

/**
 * An Excel workbook (.xlsx, from Excel, Google Sheets, LibreOffice, Numbers or a school's system): its
 * first visible worksheet, read with exceljs, through the same class-list rules as a CSV file. Row
 * numbers are the spreadsheet's.
 */
export async function readXlsxRoster(bytes: Buffer, file: string): Promise<ParsedXlsxRoster> {
  await checkWorkbookZip(bytes, file);
  const workbook = await loadWorkbook(bytes, file);
  const [sheet, ...others] = workbook.worksheets.filter((ws) => ws.state === 'visible');
  if (!sheet) throw refuse(file, null, 'ROSTER_NO_SHEET', `The workbook "${file}" has no visible worksheet.`, { file });
  return { ...readClassList(sheetRows(sheet, file), file), sheet: { name: sheet.name, otherSheets: others.map((ws) => ws.name) } };
}
