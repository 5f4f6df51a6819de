import { describe, expect, it } from 'vitest';
import { isDone, unitKind } from './unit-kinds.js';

describe('unit completion', () => {
  it('treats a completed or passed unit as done', () => {
    expect(isDone('completed', { completionStatus: 'completed', successStatus: 'unknown' })).toBe(true);
    expect(isDone('completed', { completionStatus: 'incomplete', successStatus: 'passed' })).toBe(true);
    expect(isDone('completed', { completionStatus: 'incomplete', successStatus: 'failed' })).toBe(false);
  });

  it('needs a unit with a pass mark passed, not just completed', () => {
    expect(isDone('passed', { completionStatus: 'completed', successStatus: 'failed' })).toBe(false);
    expect(isDone('passed', { completionStatus: 'completed', successStatus: 'passed' })).toBe(true);
  });
});

describe('what a client may write, by unit kind', () => {
  it('lets a lesson complete itself, but not claim a result', () => {
    expect(unitKind('lesson').clientMayWrite('cmi.completion_status')).toBe(true);
    expect(unitKind('lesson').clientMayWrite('cmi.success_status')).toBe(false);
    expect(unitKind('lesson').clientMayWrite('cmi.score.scaled')).toBe(false);
  });

  it('keeps the results of checks, reflections and scenarios to the server', () => {
    for (const type of ['check', 'reflection', 'scenario'] as const) {
      const kind = unitKind(type);
      expect(kind.clientMayWrite('cmi.location')).toBe(true);
      expect(kind.clientMayWrite('cmi.session_time')).toBe(true);
      for (const element of ['cmi.completion_status', 'cmi.success_status', 'cmi.score.scaled', 'cmi.interactions.0.result'])
        expect(kind.clientMayWrite(element)).toBe(false);
    }
  });

  it('lets a SCO write what the data model allows', () => {
    expect(unitKind('sco').clientMayWrite('cmi.success_status')).toBe(true);
    expect(unitKind('sco').clientMayWrite('cmi.interactions.3.result')).toBe(true);
  });
});
