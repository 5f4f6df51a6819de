import { describe, expect, it } from 'vitest';
import type { ScoUnit } from '../course/course-content.js';
import { statusesAtLaunch, statusesAtSessionEnd } from './sco-statuses.js';
import type { SessionEnd } from './unit-kind.js';

const sco = (overrides: Partial<ScoUnit> = {}): ScoUnit => ({
  type: 'sco',
  title: 'A SCO',
  launch: 'index.html',
  scormType: 'sco',
  masteryScore: null,
  launchData: null,
  prerequisites: [],
  contributesToRollup: true,
  ...overrides,
});

const ended = (overrides: Partial<SessionEnd> = {}): SessionEnd => ({
  scormVersion: '2004',
  terminated: true,
  exit: '',
  completionStatus: 'unknown',
  successStatus: 'unknown',
  scoreScaled: null,
  ...overrides,
});

describe('statuses the platform sets for a SCO', () => {
  it('completes an asset when it is opened, and nothing else', () => {
    expect(statusesAtLaunch(sco({ scormType: 'asset' }))).toEqual({ 'cmi.completion_status': 'completed' });
    expect(statusesAtLaunch(sco())).toEqual({});
    expect(statusesAtSessionEnd(sco({ scormType: 'asset' }), ended())).toEqual({});
  });

  it('SCORM 1.2: completed when a SCO that set no status finishes or is left, then passed or failed by the mastery score', () => {
    const v12 = { scormVersion: '1.2' as const, completionStatus: 'not attempted' };
    expect(statusesAtSessionEnd(sco(), ended(v12))).toEqual({ 'cmi.completion_status': 'completed' });
    expect(statusesAtSessionEnd(sco(), ended({ ...v12, terminated: false }))).toEqual({ 'cmi.completion_status': 'completed' });
    expect(statusesAtSessionEnd(sco({ masteryScore: 0.8 }), ended({ ...v12, scoreScaled: 0.85 }))).toEqual({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
    });
    expect(statusesAtSessionEnd(sco({ masteryScore: 0.8 }), ended({ ...v12, scoreScaled: 0.5 }))).toMatchObject({
      'cmi.success_status': 'failed',
    });
    expect(statusesAtSessionEnd(sco(), ended({ ...v12, completionStatus: 'incomplete' }))).toEqual({});
  });

  it('SCORM 2004: at the end of an attempt, what the SCO left unset, unless the package says the SCO sets it', () => {
    expect(statusesAtSessionEnd(sco(), ended())).toEqual({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
    expect(statusesAtSessionEnd(sco(), ended({ successStatus: 'failed' }))).toEqual({ 'cmi.completion_status': 'completed' });
    expect(statusesAtSessionEnd(sco({ completionSetByContent: true, objectiveSetByContent: true }), ended())).toEqual({});
    expect(statusesAtSessionEnd(sco({ objectiveSetByContent: true }), ended())).toEqual({ 'cmi.completion_status': 'completed' });
    // A suspended attempt, or a session left without Terminate, has not ended.
    expect(statusesAtSessionEnd(sco(), ended({ exit: 'suspend' }))).toEqual({});
    expect(statusesAtSessionEnd(sco(), ended({ terminated: false }))).toEqual({});
  });
});
