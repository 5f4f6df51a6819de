/**
 * What the LMS judges an attempt's success and completion by, from values the LMS gives the SCO (the
 * standard's rules, applied to the stored state on every commit, whatever the client sends):
 * - SCORM 2004 (RTE 4.2.22.1): with a `cmi.scaled_passing_score` and a `cmi.score.scaled`, success is
 *   passed when the score reaches the pass mark, else failed;
 * - SCORM 2004 (RTE 4.2.4.1): with a `cmi.completion_threshold` and a `cmi.progress_measure`, completion is
 *   completed when the measure reaches the threshold, else incomplete;
 * - SCORM 1.2 (RTE 3.4.4 cmi.core.lesson_status): when the SCO says "completed" (not passed or failed),
 *   with a mastery score and a raw score, the status is passed when the raw score reaches it, else failed.
 * Without the value to judge by, the status the SCO reported stands (the standard says "unknown" when a
 * pass mark is given but no score; we keep a SCO's own "passed", as the common LMSs do).
 */
export interface StatusRules {
  /** cmi.scaled_passing_score, -1..1. */
  scaledPassingScore: number | null;
  /** SCORM 1.2 cmi.student_data.mastery_score, compared with cmi.core.score.raw (0..100). */
  rawPassingScore: number | null;
  /** cmi.completion_threshold, 0..1. */
  completionThreshold: number | null;
}

export const NO_STATUS_RULES: StatusRules = { scaledPassingScore: null, rawPassingScore: null, completionThreshold: null };

/** The value of a stored CMI number element in SQL (values were validated as numbers when written). */
const num = (cmi: string, element: string) => `nullif(${cmi}->>'${element}', '')::float8`;

/**
 * The stored success status of merged CMI values `cmi`, under the rules in the SQL parameters named
 * (`scaled`, `raw` as float8, null when not given). Written once here so that the commit statement and
 * its test apply exactly the same rule.
 */
export function successStatusSql(cmi: string, scaled: string, raw: string): string {
  return `case
    when ${scaled} is not null and ${num(cmi, 'cmi.score.scaled')} is not null
      then case when ${num(cmi, 'cmi.score.scaled')} >= ${scaled} then 'passed' else 'failed' end
    when ${raw} is not null and ${cmi}->>'cmi.completion_status' = 'completed'
         and coalesce(${cmi}->>'cmi.success_status', 'unknown') = 'unknown' and ${num(cmi, 'cmi.score.raw')} is not null
      then case when ${num(cmi, 'cmi.score.raw')} >= ${raw} then 'passed' else 'failed' end
    else coalesce(${cmi}->>'cmi.success_status', 'unknown') end`;
}

/** The stored completion status of merged CMI values `cmi` under the threshold parameter `threshold`. */
export function completionStatusSql(cmi: string, threshold: string): string {
  return `case
    when ${threshold} is not null and ${num(cmi, 'cmi.progress_measure')} is not null
      then case when ${num(cmi, 'cmi.progress_measure')} >= ${threshold} then 'completed' else 'incomplete' end
    else coalesce(${cmi}->>'cmi.completion_status', 'not attempted') end`;
}
