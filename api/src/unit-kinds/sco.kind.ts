import type { UnitContent } from '../course/course-content.js';
import { statusesAtLaunch, statusesAtSessionEnd } from './sco-statuses.js';
import type { UnitKind } from './unit-kind.js';

function scoOf(unit: UnitContent) {
  const text = Object.values(unit.locales)[0];
  return text?.type === 'sco' ? text : null;
}

/**
 * A SCORM SCO reports its own results through the run-time API, as the standard intends: it may write
 * every element the data model lets it (read-only ones are refused by the CMI validation).
 */
export const scoKind: UnitKind = {
  type: 'sco',
  clientMayWrite: () => true,
  doneRule: (unit) => {
    const mastery = scoOf(unit)?.masteryScore;
    return mastery === null || mastery === undefined ? 'completed' : 'passed';
  },
  contributesToRollup: (unit) => scoOf(unit)?.contributesToRollup ?? true,
  addToView: () => undefined,
  // The pass mark and threshold the runtime gives the SCO (runtime-state.ts) are the ones the stored statuses are judged by.
  statusRules: (unit, scormVersion) => {
    const sco = scoOf(unit);
    const mastery = sco?.masteryScore ?? null;
    return {
      scaledPassingScore: scormVersion === '2004' ? mastery : null,
      rawPassingScore: scormVersion === '1.2' && mastery !== null ? Math.round(mastery * 10_000) / 100 : null,
      completionThreshold: scormVersion === '2004' ? (sco?.completionThreshold ?? null) : null,
    };
  },
  atLaunch: (unit) => {
    const sco = scoOf(unit);
    return sco ? statusesAtLaunch(sco) : {};
  },
  atSessionEnd: (unit, end) => {
    const sco = scoOf(unit);
    return sco ? statusesAtSessionEnd(sco, end) : {};
  },
};
