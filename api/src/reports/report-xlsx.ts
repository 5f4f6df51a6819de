import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ReportRow } from './completion-report-rows.js';
import type { ColumnKind, ReportColumn } from './report-columns.js';

/** How each kind of column is shown: dates as dates, a percent as a number with a percent format. */
const FORMATS: Record<ColumnKind, string | undefined> = {
  text: '@',
  date: 'yyyy-mm-dd hh:mm',
  number: '0',
  percent: '0%',
};

/**
 * Where the worksheet's XML waits for the zip to compress it. exceljs writes on into it without waiting,
 * so when rows come faster than deflate takes them they pile up there (645 MB more over a million rows,
 * pnpm bench); its fill is the one back-pressure signal there is. Read from exceljs's internals (4.4.0).
 */
function sheetBacklog(sheet: ExcelJS.Worksheet): Backlog | undefined {
  return (sheet as unknown as { stream?: { pipes?: Backlog[] } }).stream?.pipes?.[0];
}
/** archiver's entry stream (readable-stream 2, whose state is not on Node's public getters). */
type Backlog = Writable & { _writableState?: { needDrain: boolean } };

/**
 * Writes the report as an XLSX workbook with exceljs's streaming writer: each row is committed to the zip
 * as it is made, so the workbook is never whole in memory. exceljs (some 8 MB of heap) is loaded with
 * the first XLSX, not at start-up. Cells are typed (dates, numbers); text is
 * stored as text, never as a formula, so a name like "=HYPERLINK(...)" stays a name. A failure half-way
 * destroys `out` (the zip is left without its end, which no spreadsheet opens as complete).
 */
export async function writeXlsx(
  batches: AsyncIterable<ReportRow[]>,
  columns: ReportColumn[],
  sheetName: string,
  out: Writable,
): Promise<void> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.kind === 'date' ? 18 : c.kind === 'text' ? 24 : 12,
    style: { numFmt: FORMATS[c.kind] },
  }));
  try {
    for await (const batch of batches) {
      for (const row of batch) sheet.addRow(columns.map((c) => c.value(row))).commit();
      // Let the zip's compression, and a slow client, hold the producer back rather than the rows pile up here.
      const backlog = sheetBacklog(sheet);
      if (backlog?._writableState?.needDrain) await once(backlog, 'drain');
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  } catch (error) {
    out.destroy(error as Error);
    throw error;
  }
}
