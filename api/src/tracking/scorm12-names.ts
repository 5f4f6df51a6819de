/**
 * SCORM 1.2 element names and values, mapped onto the SCORM 2004 data model that every unit is
 * tracked in. 1.2 content (and the 1.2 runtime) writes these; they are stored under 2004 names.
 */
const STATUS_12: Record<string, Record<string, string>> = {
  passed: { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' },
  failed: { 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed' },
  completed: { 'cmi.completion_status': 'completed' },
  incomplete: { 'cmi.completion_status': 'incomplete' },
  browsed: { 'cmi.completion_status': 'incomplete' },
  'not attempted': { 'cmi.completion_status': 'not attempted' },
};

const RENAMED: Record<string, string> = {
  'cmi.core.lesson_location': 'cmi.location',
  'cmi.core.score.raw': 'cmi.score.raw',
  'cmi.core.score.min': 'cmi.score.min',
  'cmi.core.score.max': 'cmi.score.max',
  'cmi.suspend_data': 'cmi.suspend_data',
  'cmi.comments': 'cmi.comments_from_learner.0.comment',
  'cmi.student_preference.audio': 'cmi.learner_preference.audio_level',
  'cmi.student_preference.language': 'cmi.learner_preference.language',
  'cmi.student_preference.speed': 'cmi.learner_preference.delivery_speed',
  'cmi.student_preference.text': 'cmi.learner_preference.audio_captioning',
};

const EXIT_12: Record<string, string> = { '': '', suspend: 'suspend', logout: 'logout', 'time-out': 'timed-out' };

/** `HHHH:MM:SS.SS` (SCORM 1.2 CMITimespan) as an ISO 8601 duration, or null if malformed. */
export function timespanToDuration(value: string): string | null {
  const match = /^(\d{2,4}):([0-5]\d):([0-5]\d(?:\.\d{1,2})?)$/.exec(value);
  if (!match) return null;
  return `PT${Number(match[1])}H${Number(match[2])}M${Number(match[3])}S`;
}

/**
 * The SCORM 2004 values for one SCORM 1.2 write, or null when the element is not a 1.2 name.
 * A malformed value is passed through unchanged so that the 2004 validation reports it.
 */
export function fromScorm12(element: string, value: string): Record<string, string> | null {
  if (element === 'cmi.core.lesson_status') return STATUS_12[value] ?? { 'cmi.completion_status': value };
  if (element === 'cmi.core.session_time') return { 'cmi.session_time': timespanToDuration(value) ?? value };
  if (element === 'cmi.core.exit') return { 'cmi.exit': EXIT_12[value] ?? value };
  const renamed = RENAMED[element];
  if (renamed) return { [renamed]: value };
  const objectiveStatus = /^cmi\.objectives\.(\d+)\.status$/.exec(element);
  if (objectiveStatus) {
    const statuses = STATUS_12[value] ?? { 'cmi.completion_status': value };
    return Object.fromEntries(
      Object.entries(statuses).map(([name, v]) => [name.replace('cmi.', `cmi.objectives.${objectiveStatus[1]}.`), v]),
    );
  }
  const interaction = /^cmi\.interactions\.(\d+)\.(student_response|result|id|type|weighting|latency|time)$/.exec(element);
  if (interaction) {
    const [, n, field] = interaction;
    if (field === 'time') return { [`cmi.interactions.${n}.timestamp`]: value };
    if (field === 'student_response') return { [`cmi.interactions.${n}.learner_response`]: value };
    if (field === 'result') return { [`cmi.interactions.${n}.result`]: value === 'wrong' ? 'incorrect' : value };
    if (field === 'latency') return { [`cmi.interactions.${n}.latency`]: timespanToDuration(value) ?? value };
    return { [element]: value };
  }
  return null;
}
