import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';

/** CSV text as rows of cells, as a spreadsheet reads it (a byte-order mark skipped). */
const csvCells = (text: string | Buffer): string[][] => parse(text, { bom: true, columns: false });
import { describe, expect, it } from 'vitest';
import type { ReportRow } from './completion-report-rows.js';
import { reportColumns } from './report-columns.js';
import { writeCsv } from './report-csv.js';

const row = (learnerName: string): ReportRow => ({
  enrolmentId: 'e',
  userId: 'u',
  learnerName,
  courseId: 'c',
  courseTitle: 'Course, with a comma',
  courseVersion: 2,
  classroomId: null,
  className: null,
  teachers: null,
  enrolledAt: new Date(Date.UTC(2026, 10, 3, 9, 30)),
  firstLaunchedAt: null,
  completedAt: null,
  lastActiveAt: null,
  completion: 'not_started',
  success: 'unknown',
  scoreScaled: 0.856,
  seconds: 150,
  dueAt: null,
  overdue: false,
  certificateCode: null,
});

async function csvOf(rows: ReportRow[], bom = false): Promise<string> {
  const chunks: Buffer[] = [];
  const out = new Writable({ write: (chunk: Buffer, _enc, done) => (chunks.push(chunk), done()) });
  async function* batches() {
    yield await Promise.resolve(rows);
  }
  await writeCsv(batches(), reportColumns('en'), bom, out);
  return Buffer.concat(chunks).toString('utf8');
}

describe('report CSV', () => {
  it('neutralises every cell a spreadsheet would run (=, +, -, @, tab, carriage return)', async () => {
    const names = ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tTAB', '\rCR', 'Ana =ok'];
    const parsed = csvCells(await csvOf(names.map(row)));
    expect(parsed.slice(1).map((r) => r[0])).toEqual(["'=1+1", "'+SUM(A1)", "'-2", "'@cmd", "'\tTAB", "'\rCR", 'Ana =ok']);
  });

  it('keeps commas, quotes and right-to-left text, writes dates in UTC and scores as whole percents', async () => {
    const text = await csvOf([row('مريم "Q", R.')]);
    const [header, first] = csvCells(text);
    const cell = (name: string) => first![header!.indexOf(name)];
    expect([cell('Learner'), cell('Course'), cell('Enrolled (UTC)'), cell('Score (%)'), cell('Time spent (minutes)')]).toEqual([
      'مريم "Q", R.',
      'Course, with a comma',
      '2026-11-03 09:30',
      '86',
      '3',
    ]);
  });

  it('is a header row alone when there are no rows, with a byte-order mark only when asked', async () => {
    const plain = await csvOf([]);
    expect(parse(plain)).toHaveLength(1);
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect((await csvOf([], true)).charCodeAt(0)).toBe(0xfeff);
  });
});
