import type { ScoUnit } from '../../course/course-content.js';
import { formatDuration } from '../../tracking/cmi.js';

/** The stored attempt, as the runtime needs it. */
export interface StoredAttempt {
  seq: number;
  cmi: Record<string, string>;
  completionStatus: string;
  successStatus: string;
  totalSeconds: number;
}

export interface Learner {
  id: string;
  name: string;
}

/**
 * cmi.entry: ab-initio on the first launch of an attempt, resume after a suspended exit, else empty (SCORM
 * 2004 RTE 4.2.9). A new attempt that sequencing started on a unit tried before (a retry, remediation) has had
 * its data cleared: it is a first launch too.
 */
function entryOf(attempt: StoredAttempt): string {
  if (attempt.seq === 0 || Object.keys(attempt.cmi).length === 0) return 'ab-initio';
  return attempt.cmi['cmi.exit'] === 'suspend' ? 'resume' : '';
}

/** `HHHH:MM:SS.SS`, as SCORM 1.2 reads cmi.core.total_time. */
export function timespanOf(seconds: number): string {
  // Rounded to hundredths first, so that 59.999 seconds reads 00:01:00.00 and never 00:00:60.00.
  const hundredths = Math.round(Math.max(0, seconds) * 100);
  const h = Math.floor(hundredths / 360_000);
  const m = Math.floor((hundredths % 360_000) / 6000);
  const s = ((hundredths % 6000) / 100).toFixed(2).padStart(5, '0');
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s}`;
}

/** SCORM 1.2 has one status where 2004 has two; success wins, as 1.2 content expects. */
function lessonStatusOf(attempt: StoredAttempt): string {
  if (attempt.successStatus === 'passed' || attempt.successStatus === 'failed') return attempt.successStatus;
  if (attempt.completionStatus === 'completed' || attempt.completionStatus === 'incomplete') return attempt.completionStatus;
  return 'not attempted';
}

/** Values the content itself wrote, under their SCORM 2004 names, that are loaded back as they are. */
const KEPT_2004 =
  /^cmi\.(location|suspend_data|score\.(scaled|raw|min|max)|progress_measure|(interactions|objectives|comments_from_learner)\.\d+\..+|learner_preference\..+)$/;

/**
 * The manifest's objectives as cmi.objectives.n.id (SCORM 2004 RTE 4.2.17: the LMS initialises them
 * before the SCO starts), after the ones the attempt already holds, which keep their index and data.
 */
function manifestObjectives(unit: ScoUnit, state: Record<string, string>) {
  const held = new Set<string>();
  let count = 0;
  for (; state[`cmi.objectives.${count}.id`] !== undefined; count++) held.add(state[`cmi.objectives.${count}.id`]!);
  for (const objective of unit.objectives ?? []) {
    if (objective.id === null || held.has(objective.id)) continue;
    held.add(objective.id);
    state[`cmi.objectives.${count++}.id`] = objective.id;
  }
}

function state2004(unit: ScoUnit, attempt: StoredAttempt, learner: Learner): Record<string, string> {
  const state: Record<string, string> = {};
  for (const [element, value] of Object.entries(attempt.cmi)) if (KEPT_2004.test(element)) state[element] = value;
  if (attempt.completionStatus !== 'not attempted') state['cmi.completion_status'] = attempt.completionStatus;
  if (attempt.successStatus !== 'unknown') state['cmi.success_status'] = attempt.successStatus;
  Object.assign(state, {
    'cmi.learner_id': learner.id,
    'cmi.learner_name': learner.name,
    'cmi.entry': entryOf(attempt),
    'cmi.total_time': formatDuration(attempt.totalSeconds),
    'cmi.credit': 'credit',
    'cmi.mode': 'normal',
  });
  if (unit.launchData) state['cmi.launch_data'] = unit.launchData;
  if (unit.timeLimitAction) state['cmi.time_limit_action'] = unit.timeLimitAction;
  if (unit.maxTimeAllowed) state['cmi.max_time_allowed'] = unit.maxTimeAllowed;
  if (unit.masteryScore !== null) state['cmi.scaled_passing_score'] = String(unit.masteryScore);
  if ((unit.completionThreshold ?? null) !== null) state['cmi.completion_threshold'] = String(unit.completionThreshold);
  manifestObjectives(unit, state);
  return state;
}

const RENAMED_12: Record<string, string> = {
  'cmi.location': 'cmi.core.lesson_location',
  'cmi.suspend_data': 'cmi.suspend_data',
  'cmi.score.raw': 'cmi.core.score.raw',
  'cmi.score.min': 'cmi.core.score.min',
  'cmi.score.max': 'cmi.core.score.max',
};

function state12(unit: ScoUnit, attempt: StoredAttempt, learner: Learner): Record<string, string> {
  const state: Record<string, string> = {};
  for (const [element, value] of Object.entries(attempt.cmi)) {
    const renamed = RENAMED_12[element];
    if (renamed) state[renamed] = value;
  }
  Object.assign(state, {
    'cmi.core.student_id': learner.id,
    'cmi.core.student_name': learner.name,
    'cmi.core.lesson_status': lessonStatusOf(attempt),
    'cmi.core.entry': entryOf(attempt),
    'cmi.core.total_time': timespanOf(attempt.totalSeconds),
    'cmi.core.credit': 'credit',
    'cmi.core.lesson_mode': 'normal',
  });
  if (unit.launchData) state['cmi.launch_data'] = unit.launchData;
  if (unit.timeLimitAction) state['cmi.student_data.time_limit_action'] = unit.timeLimitAction;
  if (unit.maxTimeAllowed) state['cmi.student_data.max_time_allowed'] = unit.maxTimeAllowed;
  if (unit.masteryScore !== null) state['cmi.student_data.mastery_score'] = String(Math.round(unit.masteryScore * 100));
  return state;
}

/**
 * What the SCORM runtime is loaded with when a SCO opens: what the content saved last time (in the
 * names of its SCORM version) and what the platform provides (learner, entry, total time, pass mark).
 */
export function runtimeState(version: '1.2' | '2004', unit: ScoUnit, attempt: StoredAttempt, learner: Learner): Record<string, string> {
  return version === '2004' ? state2004(unit, attempt, learner) : state12(unit, attempt, learner);
}
