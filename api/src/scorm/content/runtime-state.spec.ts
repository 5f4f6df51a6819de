import { describe, expect, it } from 'vitest';
import type { ScoUnit } from '../../course/course-content.js';
import { runtimeState, timespanOf } from './runtime-state.js';

const unit: ScoUnit = {
  type: 'sco',
  title: 'Lesson',
  launch: 'index.html',
  scormType: 'sco',
  masteryScore: 0.8,
  launchData: 'start=1',
  prerequisites: [],
  contributesToRollup: true,
};
const learner = { id: 'u-1', name: 'Amira' };
const fresh = { seq: 0, cmi: {}, completionStatus: 'not attempted', successStatus: 'unknown', totalSeconds: 0 };
const suspended = {
  seq: 4,
  cmi: { 'cmi.location': 'page-3', 'cmi.suspend_data': 'abc', 'cmi.exit': 'suspend', 'cmi.score.raw': '70', 'cmi.interactions.0.id': 'q1' },
  completionStatus: 'incomplete',
  successStatus: 'unknown',
  totalSeconds: 3725.5,
};

describe('SCORM runtime state', () => {
  it('starts a first SCORM 1.2 launch ab-initio with the pass mark as 0–100', () => {
    const state = runtimeState('1.2', unit, fresh, learner);
    expect(state).toMatchObject({
      'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_status': 'not attempted',
      'cmi.core.total_time': '0000:00:00.00',
      'cmi.student_data.mastery_score': '80',
      'cmi.launch_data': 'start=1',
      'cmi.core.student_name': 'Amira',
    });
  });

  it('resumes SCORM 1.2 with location, suspend data, score and total time in 1.2 names', () => {
    expect(runtimeState('1.2', unit, suspended, learner)).toMatchObject({
      'cmi.core.entry': 'resume',
      'cmi.core.lesson_location': 'page-3',
      'cmi.suspend_data': 'abc',
      'cmi.core.score.raw': '70',
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.total_time': '0001:02:05.50',
    });
  });

  it('resumes SCORM 2004 with its own names, interactions included', () => {
    const state = runtimeState('2004', unit, suspended, learner);
    expect(state).toMatchObject({
      'cmi.entry': 'resume',
      'cmi.location': 'page-3',
      'cmi.completion_status': 'incomplete',
      'cmi.scaled_passing_score': '0.8',
      'cmi.interactions.0.id': 'q1',
      'cmi.total_time': 'PT1H2M5.5S',
    });
    expect(state['cmi.success_status']).toBeUndefined();
    expect(state['cmi.exit']).toBeUndefined();
  });

  it('re-enters without resume after a normal exit', () => {
    const state = runtimeState('2004', unit, { ...suspended, cmi: { ...suspended.cmi, 'cmi.exit': 'normal' } }, learner);
    expect(state['cmi.entry']).toBe('');
  });

  it('reports 1.2 lesson status from success first', () => {
    const passed = { ...suspended, completionStatus: 'completed', successStatus: 'passed' };
    expect(runtimeState('1.2', unit, passed, learner)['cmi.core.lesson_status']).toBe('passed');
  });

  it('writes 1.2 timespans that never show 60 seconds', () => {
    expect(timespanOf(59.999)).toBe('0000:01:00.00');
    expect(timespanOf(36_000.25)).toBe('0010:00:00.25');
  });
});
