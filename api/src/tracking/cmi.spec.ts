import { describe, expect, it } from 'vitest';
import { CmiError, formatDuration, parseDuration, validateCmiWrite } from './cmi.js';

function codeOf(element: string, value: unknown): number | null {
  try {
    validateCmiWrite(element, value);
    return null;
  } catch (error) {
    if (error instanceof CmiError) return error.cmiCode;
    throw error;
  }
}

describe('validateCmiWrite', () => {
  it('accepts valid values of the SCORM 2004 model', () => {
    expect(codeOf('cmi.completion_status', 'completed')).toBeNull();
    expect(codeOf('cmi.score.scaled', '0.85')).toBeNull();
    expect(codeOf('cmi.session_time', 'PT1H2M3.5S')).toBeNull();
    expect(codeOf('cmi.interactions.0.result', 'correct')).toBeNull();
    expect(codeOf('cmi.objectives.12.success_status', 'passed')).toBeNull();
    expect(codeOf('cmi.interactions.3.correct_responses.0.pattern', 'a[,]b')).toBeNull();
    expect(codeOf('cmi.comments_from_learner.0.comment', 'Useful')).toBeNull();
    expect(codeOf('cmi.learner_preference.audio_level', '2')).toBeNull();
  });

  it('refuses unknown elements with 401', () => {
    expect(codeOf('cmi.favourite_colour', 'blue')).toBe(401);
    expect(codeOf('cmi.interactions.0.colour', 'blue')).toBe(401);
  });

  it('refuses read-only elements with 404', () => {
    expect(codeOf('cmi.total_time', 'PT1S')).toBe(404);
    expect(codeOf('cmi.learner_name', 'Someone')).toBe(404);
  });

  it('refuses values of the wrong type with 406 and out of range with 407', () => {
    expect(codeOf('cmi.completion_status', 'done')).toBe(406);
    expect(codeOf('cmi.score.scaled', 'high')).toBe(406);
    expect(codeOf('cmi.score.scaled', 1)).toBe(406);
    expect(codeOf('cmi.score.scaled', '1.5')).toBe(407);
    expect(codeOf('cmi.suspend_data', 'x'.repeat(64_001))).toBe(407);
  });
});

describe('durations', () => {
  it('parses ISO 8601 session times', () => {
    expect(parseDuration('PT1H2M3.5S')).toBe(3723.5);
    expect(parseDuration('P1DT1S')).toBe(86_401);
    expect(parseDuration('PT')).toBeNull();
    expect(parseDuration('01:00:00')).toBeNull();
  });

  it('formats total time', () => {
    expect(formatDuration(3723.5)).toBe('PT1H2M3.5S');
  });
});
