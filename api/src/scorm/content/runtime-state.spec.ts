import * as scormAgain from 'scorm-again';
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

/** The parts of scorm-again's SCORM 2004 API this test calls (its published types do not resolve its classes). */
interface Runtime2004 {
  loadFromFlattenedJSON(json: Record<string, string>, element: string): void;
  Initialize(parameter: string): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
}
const { Scorm2004API } = scormAgain as unknown as { Scorm2004API: new (settings: Record<string, unknown>) => Runtime2004 };
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

  describe('manifest objectives and the completion threshold (SCORM 2004)', () => {
    const objective = (id: string | null, primary = false) => ({
      id,
      primary,
      satisfiedByMeasure: false,
      minNormalizedMeasure: 1,
      maps: [],
    });
    const withObjectives: ScoUnit = {
      ...unit,
      completionThreshold: 0.75,
      objectives: [objective('quiz-passed', true), objective('knows-terms'), objective('asks-questions'), objective(null)],
    };

    it('gives the threshold and every objective with an id, after those the attempt stored', () => {
      const resumed = {
        ...suspended,
        cmi: { ...suspended.cmi, 'cmi.objectives.0.id': 'knows-terms', 'cmi.objectives.0.success_status': 'passed' },
      };
      const state = runtimeState('2004', withObjectives, resumed, learner);
      expect(state).toMatchObject({
        'cmi.completion_threshold': '0.75',
        'cmi.objectives.0.id': 'knows-terms',
        'cmi.objectives.0.success_status': 'passed',
        'cmi.objectives.1.id': 'quiz-passed',
        'cmi.objectives.2.id': 'asks-questions',
      });
      expect(state['cmi.objectives.3.id']).toBeUndefined();
    });

    it('lets a SCO in scorm-again find its objectives by id and judges completion by the threshold', () => {
      // The same runtime the host page loads on the content origin, given the state as the platform sends it.
      const api = new Scorm2004API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
      api.loadFromFlattenedJSON(runtimeState('2004', withObjectives, fresh, learner), '');
      expect(api.Initialize('')).toBe('true');
      expect(api.GetValue('cmi.objectives._count')).toBe('3');
      const ids = [0, 1, 2].map((n) => api.GetValue(`cmi.objectives.${n}.id`));
      expect(ids).toEqual(['quiz-passed', 'knows-terms', 'asks-questions']);
      expect(api.SetValue(`cmi.objectives.${ids.indexOf('knows-terms')}.success_status`, 'passed')).toBe('true');
      api.SetValue('cmi.progress_measure', '0.8');
      api.SetValue('cmi.score.scaled', '0.6');
      expect([api.GetValue('cmi.completion_status'), api.GetValue('cmi.success_status')]).toEqual(['completed', 'failed']);
    });

    it('leaves versions imported before objectives and thresholds were read as they were', () => {
      const state = runtimeState('2004', unit, fresh, learner);
      expect(Object.keys(state).filter((k) => k.startsWith('cmi.objectives.') || k === 'cmi.completion_threshold')).toEqual([]);
    });
  });
});
