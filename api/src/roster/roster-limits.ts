/**
 * How much one roster may hold. A class, or a school's OneRoster export, fits well inside these;
 * a file past them is refused whole before it is compared with anything.
 */
export const ROSTER_LIMITS = {
  /** Records in one CSV file (a plain roster, or each file of a OneRoster zip), or rows of a worksheet. */
  maxLines: 20_000,
  /** The uploaded file itself. */
  maxUploadBytes: 10 * 1024 * 1024,
  /** A OneRoster zip, checked on its directory before anything is unpacked. */
  zip: { maxEntries: 20, maxUnpackedBytes: 50 * 1024 * 1024, maxRatio: 200 },
  /**
   * An Excel workbook, checked on its zip directory before exceljs inflates it. exceljs holds the whole
   * workbook, about 15 times its XML in memory: a full 20,000-row, 12-column sheet unpacks to about 9 MB.
   */
  xlsx: { maxEntries: 500, maxUnpackedBytes: 20 * 1024 * 1024, maxRatio: 100 },
} as const;
