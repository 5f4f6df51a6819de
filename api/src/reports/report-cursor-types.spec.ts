import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { utcTimestamp } from './report-cursor-types.js';

const general = pg.types.getTypeParser(1184, 'text') as (text: string) => Date | string;

describe('report cursor timestamps', () => {
  it('reads a UTC session’s timestamps as node-postgres does, to the millisecond', () => {
    for (const text of [
      '2026-12-01 15:21:11.123456+00',
      '2026-12-01 15:21:11.1239+00',
      '2026-02-28 23:59:59.9995+00',
      '2026-01-01 00:00:00+00',
      '2024-02-29 12:00:00.5+00',
    ])
      expect(utcTimestamp(text).getTime()).toBe((general(text) as Date).getTime());
  });

  it('leaves other forms to node-postgres (another zone, BC years, infinity)', () => {
    for (const text of ['2026-12-01 15:21:11+02', '0044-03-15 12:00:00+00 BC', 'infinity'])
      expect(String(utcTimestamp(text))).toBe(String(general(text)));
  });
});
