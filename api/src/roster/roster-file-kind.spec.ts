import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { DomainError } from '../common/domain-error.js';
import { rosterFormatOf } from './roster-file-kind.js';

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(files)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function kindOf(bytes: Buffer): Promise<string> {
  try {
    return await rosterFormatOf(bytes);
  } catch (error) {
    if (error instanceof DomainError) return String(error.details.reason);
    throw error;
  }
}

/** Files LibreOffice Calc wrote (see tests/fixtures/rosters/README.md). */
const fixture = (name: string) => readFile(new URL(`../../../tests/fixtures/rosters/${name}`, import.meta.url));

/**
 * The start of a compound file as Office writes one for a workbook saved with a password: the OLE
 * signature, and the directory naming its EncryptionInfo and EncryptedPackage streams in UTF-16.
 */
function encryptedOfficeFile(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(512);
  for (const [i, name] of ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].entries()) {
    Buffer.from(name, 'utf16le').copy(directory, i * 128);
    directory.writeUInt16LE((name.length + 1) * 2, i * 128 + 64);
  }
  return Buffer.concat([header, directory]);
}

describe('rosterFormatOf', () => {
  it('knows a workbook, a OneRoster zip and a CSV file by their bytes, whatever their names', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Class').addRow(['Name']);
    expect(await kindOf(Buffer.from(await book.xlsx.writeBuffer()))).toBe('xlsx');
    expect(await kindOf(await fixture('class-9a.xlsx'))).toBe('xlsx');
    expect(await kindOf(await zipOf({ 'manifest.csv': 'propertyName,value\n', 'users.csv': 'sourcedId\n' }))).toBe('oneroster');
    expect(await kindOf(Buffer.from('First name,Last name\nAna,Lima\n'))).toBe('csv');
    // A damaged zip is the OneRoster reader's to refuse, as before.
    expect(await kindOf(Buffer.from('PK\x03\x04 not really a zip'))).toBe('oneroster');
  });

  it('refuses an old .xls, a workbook with a password, an .ods, a Numbers file and a Word document, by name', async () => {
    expect(await kindOf(await fixture('class-list.xls'))).toBe('ROSTER_OLD_EXCEL');
    expect(await kindOf(encryptedOfficeFile())).toBe('ROSTER_ENCRYPTED_WORKBOOK');
    expect(await kindOf(await fixture('class-list.ods'))).toBe('ROSTER_OPENDOCUMENT');
    expect(await kindOf(await zipOf({ 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' }))).toBe('ROSTER_NUMBERS');
    expect(await kindOf(await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }))).toBe(
      'ROSTER_NOT_A_WORKBOOK',
    );
  });
});
