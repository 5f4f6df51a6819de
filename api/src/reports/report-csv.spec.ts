import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reportColumns } from './report-columns.js';
import { crlfRecords, csvCellSql, withLiterals } from './report-csv.js';

/** The text after passing `chunks` (split anywhere, as a socket splits them) through the CRLF rewrite. */
async function throughCrlf(chunks: string[]): Promise<string> {
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(chunks.map((c) => Buffer.from(c))),
    crlfRecords(),
    new Writable({ write: (chunk: Buffer, _e, done) => (out.push(chunk), done()) }),
  );
  return Buffer.concat(out).toString('utf8');
}

describe('report CSV', () => {
  it('ends records with CRLF but keeps the line breaks inside quoted cells, wherever the chunks split', async () => {
    const text = 'a,"line one\nline two",b\nc,"say ""hi""\n",d\n';
    const expected = 'a,"line one\nline two",b\r\nc,"say ""hi""\n",d\r\n';
    expect(await throughCrlf([text])).toBe(expected);
    for (let cut = 1; cut < text.length; cut++) expect(await throughCrlf([text.slice(0, cut), text.slice(cut)])).toBe(expected);
    expect(parse(expected)).toEqual([
      ['a', 'line one\nline two', 'b'],
      ['c', 'say "hi"\n', 'd'],
    ]);
  });

  it('writes the statement’s values in as quoted literals, never as SQL', () => {
    const sql = withLiterals({
      text: 'select $1, $2, $10',
      params: ["x'); drop table app_user; --", new Date(Date.UTC(2026, 0, 2)), 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'back\\slash'],
    });
    expect(sql).toBe(`select 'x''); drop table app_user; --', '2026-01-02T00:00:00.000Z',  E'back\\\\slash'`);
    expect(() => withLiterals({ text: 'select $1', params: [{}] })).toThrow(/not text or a date/);
  });

  it('writes each kind of cell as the class grid does: UTC minutes, whole percents, neutralised text', () => {
    const [learner, , , , version, enrolled] = reportColumns('en');
    expect(csvCellSql(enrolled!)).toBe(`to_char((r.enrolled_at) at time zone 'UTC', 'YYYY-MM-DD HH24:MI')`);
    expect(csvCellSql(version!)).toBe('(r.version)');
    expect(csvCellSql(learner!)).toMatch(/^nullif\(case when left\(\(r\.learner_name\), 1\) in \('=', '\+', '-', '@', '\t', '\r'\)/);
  });
});
