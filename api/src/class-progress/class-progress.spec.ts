import { describe, expect, it } from 'vitest';
import { csvWords, progressCsv } from './class-progress-csv.js';
import type { ClassProgressView } from './class-progress.types.js';
import { orderGrid } from './grid-order.js';
import { missedQuestions } from './missed-questions.js';
import { courseStatus, unitStatus } from './progress-status.js';

const cell = (status: string, extra: Partial<ClassProgressView['rows'][number]['cells'][number]> = {}) => ({
  id: 'c',
  status,
  scoreScaled: null,
  completedUnits: 0,
  totalUnits: 4,
  seconds: 0,
  lastActiveAt: null,
  overdue: false,
  ...extra,
});

describe('class progress', () => {
  it('reads course and unit status from the learner’s view', () => {
    const attempt = { unitId: 'u', seq: 1, successStatus: 'unknown', totalSeconds: 10, updatedAt: new Date() };
    const view = (over: object) => ({ successStatus: 'unknown', completedAt: null, units: [], ...over }) as never;
    expect(courseStatus(null, [])).toBe('not_started');
    expect(courseStatus(view({}), [{ ...attempt, seq: 0 }])).toBe('not_started');
    expect(courseStatus(view({}), [attempt])).toBe('in_progress');
    expect(courseStatus(view({ completedAt: new Date() }), [attempt])).toBe('completed');
    expect(courseStatus(view({ completedAt: new Date(), successStatus: 'passed' }), [attempt])).toBe('passed');
    expect(courseStatus(view({ successStatus: 'failed' }), [attempt])).toBe('failed');
    expect(unitStatus({ complete: true } as never, { ...attempt, successStatus: 'passed' })).toBe('passed');
    expect(unitStatus({ complete: false } as never, { ...attempt, successStatus: 'failed' })).toBe('failed');
    expect(unitStatus(undefined, undefined)).toBe('not_started');
  });

  it('counts the questions the class missed most, from stored interactions', () => {
    const answer = (q1: string, q2: string) => ({
      unitId: 'check',
      cmi: {
        'cmi.interactions.0.id': 'q1',
        'cmi.interactions.0.result': q1,
        'cmi.interactions.1.id': 'q2',
        'cmi.interactions.1.result': q2,
      },
    });
    const missed = missedQuestions(
      [answer('correct', 'incorrect'), answer('incorrect', 'incorrect'), { unitId: 'lesson', cmi: {} }],
      new Set(['check']),
    );
    expect(missed).toEqual([
      { unitId: 'check', questionId: 'q2', missed: 2, answered: 2 },
      { unitId: 'check', questionId: 'q1', missed: 1, answered: 2 },
    ]);
  });

  it('sorts and filters rows on the server', () => {
    const rows = [
      { userId: '1', displayName: 'Bao C.', cells: [cell('completed', { completedUnits: 4, overdue: false })], lastActiveAt: new Date(2) },
      {
        userId: '2',
        displayName: 'Amina K.',
        cells: [cell('in_progress', { completedUnits: 1, overdue: true })],
        lastActiveAt: new Date(1),
      },
      { userId: '3', displayName: 'Chidi A.', cells: [cell('not_started')], lastActiveAt: null },
    ];
    const base = { sort: 'name' as const, descending: false, status: null, overdueOnly: false, search: '' };
    expect(orderGrid([...rows], base).map((r) => r.userId)).toEqual(['2', '1', '3']);
    expect(orderGrid([...rows], { ...base, sort: 'progress', descending: true }).map((r) => r.userId)).toEqual(['1', '2', '3']);
    expect(orderGrid([...rows], { ...base, overdueOnly: true }).map((r) => r.userId)).toEqual(['2']);
    expect(orderGrid([...rows], { ...base, status: 'not_started' }).map((r) => r.userId)).toEqual(['3']);
    expect(orderGrid([...rows], { ...base, search: 'bao' }).map((r) => r.userId)).toEqual(['1']);
  });

  it('writes a CSV whose formula-like cells stay text', () => {
    const grid = {
      courseId: null,
      units: [],
      courses: [{ courseId: 'c', title: '=cmd|calc', dueAt: null }],
      rows: [
        {
          userId: '1',
          displayName: '=HYPERLINK("http://example.test","x")',
          cells: [cell('passed', { scoreScaled: 0.8 })],
          lastActiveAt: null,
        },
      ],
    } as unknown as ClassProgressView;
    const text = progressCsv(grid, csvWords('en'));
    expect(text.startsWith("\uFEFFStudent,'=cmd|calc,")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://example.test"",""x"")",Passed,80%,0/4,0,,`);
    for (const start of ['+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(progressCsv({ ...grid, rows: [{ ...grid.rows[0]!, displayName: start }] }, csvWords('en'))).toContain(`'${start}`);
    // Student numbers only when given (the school's partner admins), after the name, formula-like ones as text.
    expect(text).not.toContain('Student number');
    const numbered = progressCsv(grid, csvWords('en'), new Map([['1', '=42']]));
    expect(numbered.startsWith("\uFEFFStudent,Student number,'=cmd|calc,")).toBe(true);
    expect(numbered).toContain(`"'=HYPERLINK(""http://example.test"",""x"")",'=42,Passed,`);
  });
});
