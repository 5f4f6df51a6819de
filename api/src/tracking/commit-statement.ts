import type { SqlPool } from '../database/sql-pool.js';
import { completionStatusSql, NO_STATUS_RULES, successStatusSql, type StatusRules } from './status-rules.js';

/** An attempt row as the commit statement returns it. */
export interface AttemptRow {
  id: string;
  unit_id: string;
  enrolment_id: string;
  seq: number;
  cmi: Record<string, string>;
  completion_status: string;
  success_status: string;
  score_scaled: number | null;
  total_seconds: number;
}

/** An attempt as stored now, with what progress needs of its enrolment. */
export interface CurrentRow extends AttemptRow {
  course_version_id: string;
  course_completed_at: Date | null;
}

export interface CommitRow extends AttemptRow {
  old_completion_status: string;
  old_success_status: string;
  course_version_id: string;
  course_completed_at: Date | null;
}

export interface CommitWrite {
  attemptId: string;
  userId: string;
  seq: number;
  values: Record<string, string>;
  sessionId: string;
  /** The sitting's session time in seconds, when this commit carries cmi.session_time. */
  sessionSeconds: number | null;
  /** What the stored statuses are judged by (the unit's pass mark and completion threshold); none by default. */
  rules?: StatusRules;
}

// The hot path of the platform, so one hand-written statement, and one for many commits at once: the
// commits that arrive together are applied together (see commit-batcher.ts). For each: lock the
// learner's own attempt, apply the values only if this commit's number is newer than the last one
// applied from the same sitting, and derive the report columns from the merged values, atomically.
// Rows are locked in attempt order, so concurrent batches cannot deadlock; a batch never holds two
// commits to the same attempt. The statuses are derived by the standard's rules (status-rules.ts).
const COMMIT_SQL = `
with input as (
  select * from unnest($1::uuid[], $2::uuid[], $3::jsonb[], $4::float8[], $5::text[], $6::int[], $7::float8[], $8::float8[], $9::float8[])
    with ordinality as t(attempt_id, user_id, vals, sitting_seconds, session_id, seq, passing_scaled, passing_raw, threshold, ord)
), old as (
  select i.ord, i.vals, i.sitting_seconds, i.session_id, i.seq, i.passing_scaled, i.passing_raw, i.threshold,
         a.id, a.cmi, a.session_seconds, a.session_seqs, e.course_version_id, e.completed_at,
         a.completion_status as old_completion_status, a.success_status as old_success_status
    from input i
    join attempt a on a.id = i.attempt_id
    join enrolment e on e.id = a.enrolment_id and e.user_id = i.user_id
   order by a.id
     for update of a
), next as (
  select ord, id, course_version_id, completed_at, old_completion_status, old_success_status, passing_scaled, passing_raw, threshold,
         cmi || vals as cmi,
         session_seqs || jsonb_build_object(session_id, seq) as session_seqs,
         case when sitting_seconds is null then session_seconds
              else session_seconds || jsonb_build_object(session_id, sitting_seconds) end as session_seconds
    from old
   where coalesce((session_seqs->>session_id)::int, 0) < seq
)
update attempt a
   set cmi = next.cmi,
       session_seconds = next.session_seconds,
       session_seqs = next.session_seqs,
       seq = a.seq + 1,
       completion_status = ${completionStatusSql('next.cmi', 'next.threshold')},
       success_status = ${successStatusSql('next.cmi', 'next.passing_scaled', 'next.passing_raw')},
       -- SCORM 1.2 has only a raw score (0-100 unless min/max say otherwise): its scaled score is derived.
       -- No score stays no score: least() and greatest() skip NULLs, so they clamp only a ratio that exists.
       score_scaled = coalesce(
         nullif(next.cmi->>'cmi.score.scaled', '')::float8,
         (select case when r is null then null else greatest(-1, least(1, r)) end
            from (select (nullif(next.cmi->>'cmi.score.raw', '')::float8 - coalesce(nullif(next.cmi->>'cmi.score.min', '')::float8, 0))
                         / nullif(coalesce(nullif(next.cmi->>'cmi.score.max', '')::float8, 100) - coalesce(nullif(next.cmi->>'cmi.score.min', '')::float8, 0), 0) as r) as ratio)),
       total_seconds = (select coalesce(sum(v::float8), 0) from jsonb_each_text(next.session_seconds) as t(k, v)),
       updated_at = now()
  from next
 where a.id = next.id
returning next.ord, a.id, a.unit_id, a.enrolment_id, a.seq, a.cmi, a.completion_status, a.success_status, a.score_scaled, a.total_seconds,
          next.old_completion_status, next.old_success_status, next.course_version_id, next.completed_at as course_completed_at`;

const CURRENT_SQL = `
select a.id, a.unit_id, a.enrolment_id, e.course_version_id, e.completed_at as course_completed_at,
       a.seq, a.cmi, a.completion_status, a.success_status, a.score_scaled, a.total_seconds
  from attempt a join enrolment e on e.id = a.enrolment_id
 where a.id = $1 and e.user_id = $2`;

/**
 * Applies many commits in one statement (one transaction: all are durable before any is answered).
 * Returns, for each write in order, the updated row, or null when that commit was not applied.
 */
export async function applyCommits(db: SqlPool, writes: CommitWrite[]): Promise<(CommitRow | null)[]> {
  const rows = await db.query<CommitRow & { ord: string }>('tracking-commit', COMMIT_SQL, [
    writes.map((w) => w.attemptId),
    writes.map((w) => w.userId),
    writes.map((w) => JSON.stringify(w.values)),
    writes.map((w) => w.sessionSeconds),
    writes.map((w) => w.sessionId),
    writes.map((w) => w.seq),
    writes.map((w) => (w.rules ?? NO_STATUS_RULES).scaledPassingScore),
    writes.map((w) => (w.rules ?? NO_STATUS_RULES).rawPassingScore),
    writes.map((w) => (w.rules ?? NO_STATUS_RULES).completionThreshold),
  ]);
  const byOrder = new Map(rows.map(({ ord, ...row }) => [Number(ord), row]));
  return writes.map((_, index) => byOrder.get(index + 1) ?? null);
}

/** The learner's own attempt as stored now, or null when it is not theirs or does not exist. */
export async function currentAttempt(db: SqlPool, attemptId: string, userId: string): Promise<CurrentRow | null> {
  const [row] = await db.query<CurrentRow>('tracking-current', CURRENT_SQL, [attemptId, userId]);
  return row ?? null;
}
