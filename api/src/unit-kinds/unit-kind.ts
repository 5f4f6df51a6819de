import type { UnitContent, UnitLocaleContent, UnitType } from '../course/course-content.js';
import type { StatusRules } from '../tracking/status-rules.js';
import type { UnitView } from '../tracking/tracking.types.js';

/** What the platform knows of an attempt when a session with a unit ends (the learner's client says it ended). */
export interface SessionEnd {
  scormVersion: '1.2' | '2004';
  /** Whether the SCO called Terminate (2004) / LMSFinish (1.2), as its client reports. */
  terminated: boolean;
  /** cmi.exit as the session left it ('' when the SCO set none). */
  exit: string;
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
}

/** How a unit's completion is judged: by success (a pass mark) or by completion. */
export type DoneRule = 'passed' | 'completed';

/**
 * What a kind of unit brings to the platform. Everything the platform does differently per kind lives
 * in the kind's own file, so a new kind (cmi5, LTI) is one more file and one more line in unit-kinds.ts.
 */
export interface UnitKind {
  readonly type: UnitType;
  /**
   * Whether the learner's client may write this CMI element (SCORM 2004 name) itself. What the client may
   * not write comes only from the server's own judgement (scoring a check, saving a reflection).
   */
  clientMayWrite(element: string): boolean;
  /** Which status makes the unit done. */
  doneRule(unit: UnitContent): DoneRule;
  /** Whether the unit's result counts towards the course's result (rollup). */
  contributesToRollup(unit: UnitContent): boolean;
  /** CMI values the platform itself sets when the learner opens the unit (SCORM: an asset is complete once opened). */
  atLaunch?(unit: UnitContent): Record<string, string>;
  /** CMI values the platform itself sets when a session ends, by the kind's standard (SCORM's default statuses). */
  atSessionEnd?(unit: UnitContent, end: SessionEnd): Record<string, string>;
  /** What the stored success and completion are judged by (a SCO's pass mark and completion threshold); none when absent. */
  statusRules?(unit: UnitContent, scormVersion: '1.2' | '2004'): StatusRules;
  /** Adds the kind's own parts to the learner's view of the unit (never correct answers or feedback). */
  addToView(view: UnitView, text: UnitLocaleContent): void;
}

/** Elements about where the learner is and how long they spent, which every native unit's client may write. */
const SITTING_ELEMENTS = new Set(['cmi.location', 'cmi.suspend_data', 'cmi.session_time', 'cmi.exit']);

export function isSittingElement(element: string): boolean {
  return SITTING_ELEMENTS.has(element);
}
