import type { ScoUnit } from '../course/course-content.js';
import type { SessionEnd } from './unit-kind.js';

type Values = Record<string, string>;

/** An asset has no API to report through: opening it completes it (SCORM 2004 CAM 3.4.1.3). */
export function statusesAtLaunch(sco: ScoUnit): Values {
  return sco.scormType === 'asset' ? { 'cmi.completion_status': 'completed' } : {};
}

/**
 * SCORM 1.2 RTE 3.4.4 (cmi.core.lesson_status): when a SCO that never set a status finishes, or the learner
 * leaves it, the LMS sets "completed", then "passed" or "failed" if there is a mastery score and a score.
 */
function statuses12(sco: ScoUnit, end: SessionEnd): Values {
  if (end.completionStatus !== 'not attempted' || end.successStatus !== 'unknown') return {};
  const values: Values = { 'cmi.completion_status': 'completed' };
  if (sco.masteryScore !== null && end.scoreScaled !== null)
    values['cmi.success_status'] = end.scoreScaled >= sco.masteryScore ? 'passed' : 'failed';
  return values;
}

/**
 * SCORM 2004 SN 4.2.3 (End Attempt Process): when an attempt ends (Terminate without a suspend) and the
 * package leaves completion or satisfaction to the LMS (deliveryControls completionSetByContent /
 * objectiveSetByContent false, the default), what the SCO did not report is set to completed / satisfied.
 */
function statuses2004(sco: ScoUnit, end: SessionEnd): Values {
  if (!end.terminated || end.exit === 'suspend') return {};
  const values: Values = {};
  if (!sco.completionSetByContent && (end.completionStatus === 'unknown' || end.completionStatus === 'not attempted'))
    values['cmi.completion_status'] = 'completed';
  if (!sco.objectiveSetByContent && end.successStatus === 'unknown') values['cmi.success_status'] = 'passed';
  return values;
}

/** The statuses the platform sets, as the standard says, when a session with a SCO ends; none for an asset. */
export function statusesAtSessionEnd(sco: ScoUnit, end: SessionEnd): Values {
  if (sco.scormType === 'asset') return {};
  return end.scormVersion === '1.2' ? statuses12(sco, end) : statuses2004(sco, end);
}
