import { describe, expect, it } from 'vitest';
import type { CourseContent, ScoUnit, UnitContent } from '../course/course-content.js';
import { doneUnits, type UnitState } from './unit-progress.js';
import { blockedBy, rollup } from './sequencing.js';

function sco(id: string, extra: Partial<ScoUnit> = {}): UnitContent {
  const unit: ScoUnit = {
    type: 'sco',
    title: id,
    launch: `${id}.html`,
    scormType: 'sco',
    masteryScore: null,
    launchData: null,
    prerequisites: [],
    contributesToRollup: true,
    ...extra,
  };
  return { id, type: 'sco', locales: { en: { ...unit, html: '' } } };
}

function course(units: UnitContent[], choice = true): CourseContent {
  return {
    id: 'scorm-test',
    sourceLocale: 'en',
    locales: ['en'],
    title: { en: 'Test' },
    description: { en: 'Test' },
    estimatedMinutes: 10,
    outcomes: {},
    completion: 'all-units',
    mastery: { passMark: 0.75 },
    modules: [{ id: 'm', title: { en: 'M' }, units }],
    scorm: { id: 'x', version: '2004', edition: '4th', controlMode: { choice, flow: true, forwardOnly: false }, warnings: [] },
  };
}

const state = (completionStatus: string, successStatus = 'unknown', scoreScaled: number | null = null): UnitState => ({
  completionStatus,
  successStatus,
  scoreScaled,
});

describe('SCORM sequencing', () => {
  it('blocks a unit until its prerequisites are done', () => {
    const content = course([sco('a'), sco('b'), sco('c', { prerequisites: ['a', 'b'] })]);
    expect(blockedBy(content, 'c', new Set(['a']))).toEqual(['b']);
    expect(blockedBy(content, 'c', new Set(['a', 'b']))).toEqual([]);
    expect(blockedBy(content, 'b', new Set())).toEqual([]);
  });

  it('forces the order when the package turns choice off', () => {
    const content = course([sco('a'), sco('b'), sco('c')], false);
    expect(blockedBy(content, 'c', new Set(['a']))).toEqual(['b']);
    expect(blockedBy(content, 'a', new Set())).toEqual([]);
  });

  it('needs a SCO with a mastery score passed, not just completed', () => {
    const content = course([sco('lesson'), sco('test', { masteryScore: 0.8 })]);
    const states = new Map([
      ['lesson', state('completed')],
      ['test', state('completed', 'failed', 0.5)],
    ]);
    expect([...doneUnits(content, states)]).toEqual(['lesson']);
  });

  it("rolls up the post-test's result when the lessons do not contribute", () => {
    const content = course([
      sco('a', { contributesToRollup: false }),
      sco('b', { contributesToRollup: false }),
      sco('test', { masteryScore: 0.8 }),
    ]);
    const states = new Map([
      ['a', state('completed', 'unknown', 0.1)],
      ['test', state('completed', 'passed', 0.9)],
    ]);
    expect(rollup(content, states)).toEqual({ successStatus: 'passed', scoreScaled: 0.9 });
    states.set('test', state('completed', 'failed', 0.4));
    expect(rollup(content, states)).toEqual({ successStatus: 'failed', scoreScaled: 0.4 });
  });
});
