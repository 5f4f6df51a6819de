import type { CourseContent } from '../course/course-content.js';
import { rollupPlan, type RollupPlan } from './sequencing.js';
import { activityMap, sequencingView } from './sequencing/course-sequencing.js';

/**
 * How a version's course result (success and score) follows from its attempts, as `enrolmentView` works
 * it out when read without a sequencing state (the class grid and the partner report read it so): the
 * rollup over these units, or, for SCORM 2004 with its activity tree, what the engine says of the tree
 * as it stands, the same for every enrolment. Worked out once per version, for statements that roll up
 * in SQL what `rollup` rolls up in JS (reports/report-result-sql.ts).
 */
export interface CourseResultPlan extends RollupPlan {
  sequenced: { successStatus: string; scoreScaled: number | null } | null;
}

export function courseResultPlan(content: CourseContent): CourseResultPlan {
  const map = activityMap(content);
  // No state: the engine starts with nothing delivered, so no unit's CMI is read (enrolment-view.ts).
  const course = map ? sequencingView(map, null, () => ({})).course : null;
  return { ...rollupPlan(content), sequenced: course ? { successStatus: course.successStatus, scoreScaled: course.scoreScaled } : null };
}
