/**
 * The one tracking model: the SCORM 2004 run-time data model (CMI), with its error codes. Native units
 * and SCORM packages both write through it. Values are stored as the strings the standard defines.
 */
export type CmiValues = Record<string, string>;

/** SCORM 2004 run-time error codes used when a write is refused. */
export const CmiErrorCode = {
  undefinedElement: 401,
  readOnly: 404,
  typeMismatch: 406,
  outOfRange: 407,
} as const;

export class CmiError extends Error {
  constructor(
    readonly cmiCode: number,
    readonly element: string,
    message: string,
  ) {
    super(message);
    this.name = 'CmiError';
  }
}

type Check = (value: string) => string | null;

const vocabulary =
  (...allowed: string[]): Check =>
  (value) =>
    allowed.includes(value) ? null : `must be one of: ${allowed.map((v) => `"${v}"`).join(', ')}`;

const characterString =
  (max: number): Check =>
  (value) =>
    value.length <= max ? null : `is longer than the ${max} characters allowed`;

const REAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const real =
  (min = -Infinity, max = Infinity): Check =>
  (value) => {
    if (!REAL.test(value.trim())) return 'must be a number';
    const n = Number(value);
    return n >= min && n <= max ? null : `must be between ${min} and ${max}`;
  };

const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$/;

/** Seconds in an ISO 8601 duration as SCORM 2004 writes session time (`PT1H2M3.5S`), or null. */
export function parseDuration(value: string): number | null {
  const match = ISO_DURATION.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return null;
  const [, y, mo, d, h, mi, s] = match.map((part) => Number(part ?? 0));
  return (y ?? 0) * 31_536_000 + (mo ?? 0) * 2_592_000 + (d ?? 0) * 86_400 + (h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0);
}

/** Formats seconds as an ISO 8601 duration, as `cmi.total_time` is read. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = Math.round((whole % 60) * 100) / 100;
  return `PT${h}H${m}M${s}S`;
}

const duration: Check = (value) => (parseDuration(value) === null ? 'must be an ISO 8601 duration such as PT1M30S' : null);

const status = {
  completion: vocabulary('completed', 'incomplete', 'not attempted', 'unknown'),
  success: vocabulary('passed', 'failed', 'unknown'),
};

/** Elements a learning unit may write, with the rule its value must meet. */
const writable: Record<string, Check> = {
  'cmi.completion_status': status.completion,
  'cmi.success_status': status.success,
  'cmi.score.scaled': real(-1, 1),
  'cmi.score.raw': real(),
  'cmi.score.min': real(),
  'cmi.score.max': real(),
  'cmi.progress_measure': real(0, 1),
  'cmi.location': characterString(1000),
  'cmi.suspend_data': characterString(64_000),
  'cmi.session_time': duration,
  'cmi.exit': vocabulary('timed-out', 'suspend', 'logout', 'normal', ''),
  // Preferences are kept loosely: SCORM 1.2 and 2004 give them different ranges, and they only matter to the content.
  'cmi.learner_preference.audio_level': characterString(255),
  'cmi.learner_preference.language': characterString(250),
  'cmi.learner_preference.delivery_speed': characterString(255),
  'cmi.learner_preference.audio_captioning': characterString(255),
};

/** Indexed collections (`cmi.objectives.0.id`): their fields and rules. */
const collections: Record<string, Record<string, Check>> = {
  objectives: {
    id: characterString(4000),
    'score.scaled': real(-1, 1),
    'score.raw': real(),
    'score.min': real(),
    'score.max': real(),
    success_status: status.success,
    completion_status: status.completion,
    progress_measure: real(0, 1),
    description: characterString(250),
  },
  interactions: {
    id: characterString(4000),
    type: vocabulary(
      'true-false',
      'choice',
      'fill-in',
      'long-fill-in',
      'likert',
      'matching',
      'performance',
      'sequencing',
      'numeric',
      'other',
    ),
    timestamp: characterString(64),
    weighting: real(),
    learner_response: characterString(4000),
    result: (value) =>
      ['correct', 'incorrect', 'unanticipated', 'neutral'].includes(value) || REAL.test(value)
        ? null
        : 'must be correct, incorrect, unanticipated, neutral or a number',
    latency: duration,
    description: characterString(250),
    'objectives.n.id': characterString(4000),
    'correct_responses.n.pattern': characterString(4000),
  },
  comments_from_learner: {
    comment: characterString(4000),
    location: characterString(250),
    timestamp: characterString(64),
  },
};

/** Elements the platform sets and content may only read. */
const READ_ONLY = new Set([
  'cmi._version',
  'cmi.learner_id',
  'cmi.learner_name',
  'cmi.total_time',
  'cmi.entry',
  'cmi.mode',
  'cmi.credit',
  'cmi.launch_data',
  'cmi.scaled_passing_score',
  'cmi.completion_threshold',
  'cmi.max_time_allowed',
  'cmi.time_limit_action',
]);

const COLLECTION_ELEMENT = /^cmi\.(objectives|interactions|comments_from_learner)\.(\d{1,3})\.(.+)$/;

function ruleFor(element: string): Check | undefined {
  const direct = writable[element];
  if (direct) return direct;
  const match = COLLECTION_ELEMENT.exec(element);
  if (!match) return undefined;
  const [, collection, , field] = match;
  // Nested collections (interactions.n.correct_responses.m.pattern) share one rule for every index.
  return collections[collection ?? '']?.[(field ?? '').replace(/\.\d{1,3}\./, '.n.')];
}

/** Throws a CmiError with the standard's code when `element` may not be set to `value`. */
export function validateCmiWrite(element: string, value: unknown): void {
  if (READ_ONLY.has(element)) {
    throw new CmiError(CmiErrorCode.readOnly, element, `${element} is read-only.`);
  }
  const rule = ruleFor(element);
  if (!rule) throw new CmiError(CmiErrorCode.undefinedElement, element, `${element} is not an element of the CMI data model.`);
  if (typeof value !== 'string') {
    throw new CmiError(CmiErrorCode.typeMismatch, element, `${element} must be written as a string.`);
  }
  const problem = rule(value);
  if (problem) {
    const code =
      problem.startsWith('must be between') || problem.startsWith('is longer') ? CmiErrorCode.outOfRange : CmiErrorCode.typeMismatch;
    throw new CmiError(code, element, `${element} ${problem}.`);
  }
}
