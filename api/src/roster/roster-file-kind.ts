import { invalidInput } from '../common/domain-error.js';
import type { RosterFormat } from './roster-import.entity.js';
import { ROSTER_LIMITS } from './roster-limits.js';
import { ZipInMemory, ZipUnreadable } from './zip-in-memory.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: an Excel 97-2003 workbook (.xls), or any Office file saved with a password. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// A password-protected Office file keeps the real file in a stream of this name (the compound file names it in UTF-16).
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** What a zip holds, by the parts each kind of file has. */
function zipKind(zip: ZipInMemory, mimetype: string): RosterFormat | 'opendocument' | 'numbers' | 'office' {
  if (zip.find('xl/workbook.xml')) return 'xlsx';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.')) return 'opendocument';
  if (zip.find('Index/Document.iwa')) return 'numbers';
  if (zip.find('[Content_Types].xml')) return 'office';
  return 'oneroster';
}

async function formatOfZip(bytes: Buffer): Promise<RosterFormat> {
  let zip: ZipInMemory;
  try {
    zip = await ZipInMemory.open(bytes, ROSTER_LIMITS.xlsx.maxEntries);
  } catch (error) {
    // A damaged zip is refused by the OneRoster reader, with the reasons it gives every zip.
    if (error instanceof ZipUnreadable) return 'oneroster';
    throw error;
  }
  const mimetypeEntry = zip.find('mimetype');
  const mimetype = mimetypeEntry ? (await zip.readStart(mimetypeEntry, 100).catch(() => Buffer.alloc(0))).toString('latin1') : '';
  const kind = zipKind(zip, mimetype);
  if (kind === 'opendocument')
    throw invalidInput('ROSTER_OPENDOCUMENT', 'This is an OpenDocument file (.ods). Save it as an Excel workbook (.xlsx) or as CSV.');
  if (kind === 'numbers') throw invalidInput('ROSTER_NUMBERS', 'This is an Apple Numbers file. Export it as Excel (.xlsx) or CSV.');
  if (kind === 'office')
    throw invalidInput('ROSTER_NOT_A_WORKBOOK', 'This Office file holds no Excel workbook. Upload the class list as .xlsx or CSV.');
  return kind;
}

/**
 * What an upload is, from its bytes, whatever its name: an Excel workbook (a zip holding
 * `xl/workbook.xml`), a OneRoster zip (any other zip) or a CSV file. The files a teacher may pick by
 * mistake, which none of these readers would name rightly, are refused here before anything is kept.
 */
export async function rosterFormatOf(bytes: Buffer): Promise<RosterFormat> {
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    if (bytes.includes(ENCRYPTED_PACKAGE))
      throw invalidInput(
        'ROSTER_ENCRYPTED_WORKBOOK',
        'This workbook is protected with a password. Save a copy without the password, as .xlsx or CSV, and upload that.',
      );
    throw invalidInput('ROSTER_OLD_EXCEL', 'This is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as CSV.');
  }
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return formatOfZip(bytes);
  return 'csv';
}
