import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { completionStatusSql, successStatusSql, type StatusRules } from './status-rules.js';

// The rules are SQL (the commit statement derives the stored statuses in the same statement that
// merges the values), so they are tested on the PostgreSQL the platform runs on; no table is needed.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', max: 1 });
afterAll(() => pool.end());

const JUDGE = `select ${successStatusSql('$1::jsonb', '$2::float8', '$3::float8')} as success,
                      ${completionStatusSql('$1::jsonb', '$4::float8')} as completion`;

async function judge(cmi: Record<string, string>, rules: Partial<StatusRules>) {
  const { rows } = await pool.query<{ success: string; completion: string }>(JUDGE, [
    JSON.stringify(cmi),
    rules.scaledPassingScore ?? null,
    rules.rawPassingScore ?? null,
    rules.completionThreshold ?? null,
  ]);
  return rows[0]!;
}

describe('success status (SCORM 2004 RTE 4.2.22)', () => {
  const passMark = { scaledPassingScore: 0.8 };

  it('is judged from the scaled score against the pass mark, whatever the SCO said', async () => {
    expect((await judge({ 'cmi.score.scaled': '0.9' }, passMark)).success).toBe('passed');
    expect((await judge({ 'cmi.score.scaled': '0.8' }, passMark)).success).toBe('passed');
    expect((await judge({ 'cmi.score.scaled': '0.5', 'cmi.success_status': 'passed' }, passMark)).success).toBe('failed');
    expect((await judge({ 'cmi.score.scaled': '0.95', 'cmi.success_status': 'failed' }, passMark)).success).toBe('passed');
  });

  it("keeps the SCO's own status when there is no pass mark or no score to judge by", async () => {
    expect((await judge({ 'cmi.success_status': 'passed' }, passMark)).success).toBe('passed');
    expect((await judge({ 'cmi.success_status': 'passed', 'cmi.score.scaled': '0.1' }, {})).success).toBe('passed');
    expect((await judge({}, passMark)).success).toBe('unknown');
  });
});

describe('completion status (SCORM 2004 RTE 4.2.4)', () => {
  const threshold = { completionThreshold: 0.75 };

  it('is judged from the progress measure against the threshold', async () => {
    expect((await judge({ 'cmi.progress_measure': '0.8' }, threshold)).completion).toBe('completed');
    expect((await judge({ 'cmi.progress_measure': '0.5', 'cmi.completion_status': 'completed' }, threshold)).completion).toBe('incomplete');
  });

  it("keeps the SCO's own status without a threshold or a measure", async () => {
    expect((await judge({ 'cmi.completion_status': 'completed' }, threshold)).completion).toBe('completed');
    expect((await judge({ 'cmi.progress_measure': '0.1', 'cmi.completion_status': 'completed' }, {})).completion).toBe('completed');
    expect((await judge({}, threshold)).completion).toBe('not attempted');
  });
});

describe('lesson status with a mastery score (SCORM 1.2 RTE 3.4.4)', () => {
  const mastery = { rawPassingScore: 80 };

  it('turns a completed SCO with a raw score into passed or failed', async () => {
    expect((await judge({ 'cmi.completion_status': 'completed', 'cmi.score.raw': '85' }, mastery)).success).toBe('passed');
    expect((await judge({ 'cmi.completion_status': 'completed', 'cmi.score.raw': '70' }, mastery)).success).toBe('failed');
    // lesson_status "passed" is stored as completed + passed: the SCO judged itself, and that stands.
    const reportedPassed = { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '70' };
    expect((await judge(reportedPassed, mastery)).success).toBe('passed');
  });

  it('leaves an unfinished SCO as it is, and a SCO without a raw score with its own status', async () => {
    expect((await judge({ 'cmi.completion_status': 'incomplete', 'cmi.score.raw': '90' }, mastery)).success).toBe('unknown');
    expect((await judge({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' }, mastery)).success).toBe('passed');
  });
});
