/**
 * The course result of each report row, rolled up in the statement by the rule `rollup` applies in JS
 * (progress/sequencing.ts) over the lists it reads, which each version's plan carries in from JS
 * (report-result-plans.ts, `$3`): the mean of the contributing units' scores, summed in course order as
 * JS sums them; failed if a graded unit failed, passed once every graded unit passed; or, for a sequenced
 * SCORM 2004 version, what its engine says. Reading it per row in JS cost more than the rest of a download
 * together (pnpm bench); report-result-sql.spec checks the two agree on every combination of statuses.
 */
import type { CourseResultPlan } from '../progress/course-result-plan.js';

/** A version's plan as one element of the statement's jsonb parameter (PLANS names its fields). */
interface PlanRecord {
  version_id: string;
  counted: string[];
  graded: string[];
  sequenced: boolean;
  sequenced_success: string | null;
  sequenced_score: number | null;
}

/** Every version's plan, as the report statement's `$3` (a JSON array, one element per version). */
export function plansParameter(plans: Iterable<[string, CourseResultPlan]>): string {
  const records: PlanRecord[] = [...plans].map(([id, plan]) => ({
    version_id: id,
    counted: plan.counted,
    graded: plan.graded,
    sequenced: plan.sequenced !== null,
    sequenced_success: plan.sequenced?.successStatus ?? null,
    sequenced_score: plan.sequenced?.scoreScaled ?? null,
  }));
  return JSON.stringify(records);
}

/** One row per version: its plan. */
export const PLANS = `plans as materialized (
       select * from jsonb_to_recordset($3::jsonb)
         as p(version_id uuid, counted text[], graded text[], sequenced boolean, sequenced_success text, sequenced_score float8))`;

/** Per enrolment, over its attempts (`at`) and its version's plan (`p`): what the result needs. */
export const RESULT_AGGREGATES = `
       avg(at.score_scaled order by array_position(p.counted, at.unit_id)) filter (where at.unit_id = any(p.counted)) as rollup_score,
       bool_or(at.success_status = 'failed') filter (where at.unit_id = any(p.graded)) as graded_failed,
       count(*) filter (where at.unit_id = any(p.graded) and at.success_status = 'passed') as graded_passed`;

/** The row's result and score, from the aggregates (`a`) and the plan (`p`). */
export const RESULT_COLUMNS = `
       case when p.sequenced then p.sequenced_success
            when a.graded_failed then 'failed'
            when cardinality(p.graded) > 0 and a.graded_passed = cardinality(p.graded) then 'passed'
            else 'unknown' end as success,
       case when p.sequenced then p.sequenced_score else a.rollup_score end as score_scaled`;
