import { describe, expect, it } from 'vitest';
import { fromScorm12, timespanToDuration } from './scorm12-names.js';

describe('SCORM 1.2 names', () => {
  it('map lesson_status onto completion and success', () => {
    expect(fromScorm12('cmi.core.lesson_status', 'passed')).toEqual({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
    });
    expect(fromScorm12('cmi.core.lesson_status', 'browsed')).toEqual({ 'cmi.completion_status': 'incomplete' });
  });

  it('map location, score, exit, time and interactions', () => {
    expect(fromScorm12('cmi.core.lesson_location', 'page-3')).toEqual({ 'cmi.location': 'page-3' });
    expect(fromScorm12('cmi.core.score.raw', '80')).toEqual({ 'cmi.score.raw': '80' });
    expect(fromScorm12('cmi.core.exit', 'time-out')).toEqual({ 'cmi.exit': 'timed-out' });
    expect(fromScorm12('cmi.core.session_time', '0001:02:03.5')).toEqual({ 'cmi.session_time': 'PT1H2M3.5S' });
    expect(fromScorm12('cmi.interactions.2.result', 'wrong')).toEqual({ 'cmi.interactions.2.result': 'incorrect' });
    expect(fromScorm12('cmi.interactions.2.student_response', 'a')).toEqual({ 'cmi.interactions.2.learner_response': 'a' });
  });

  it('map preferences, comments, objective status and interaction time', () => {
    expect(fromScorm12('cmi.student_preference.speed', '-20')).toEqual({ 'cmi.learner_preference.delivery_speed': '-20' });
    expect(fromScorm12('cmi.comments', 'Good')).toEqual({ 'cmi.comments_from_learner.0.comment': 'Good' });
    expect(fromScorm12('cmi.objectives.1.status', 'failed')).toEqual({
      'cmi.objectives.1.completion_status': 'completed',
      'cmi.objectives.1.success_status': 'failed',
    });
    expect(fromScorm12('cmi.interactions.0.time', '10:20:30')).toEqual({ 'cmi.interactions.0.timestamp': '10:20:30' });
  });

  it('leave 2004 names alone and pass malformed values on to validation', () => {
    expect(fromScorm12('cmi.location', 'x')).toBeNull();
    expect(fromScorm12('cmi.core.session_time', 'an hour')).toEqual({ 'cmi.session_time': 'an hour' });
    expect(timespanToDuration('1:00:00')).toBeNull();
  });
});
