import { describe, expect, it } from 'vitest';
import { idFrom, moveItem, outlineText, parseOutline } from './course-outline';
import { newUnit, parseUnitFile, unitFileText } from './unit-file';

const yaml = `# kept comment
id: sample
sourceLocale: en
locales: [en, fr]
title: { en: Sample, fr: Exemple }
description: { en: A sample., fr: Un exemple. }
estimatedMinutes: 10
modules:
  - id: one
    title: { en: One, fr: Un }
    units: [intro, check]
`;

describe('course outline', () => {
  it('changes the source texts and the order of units, keeping comments and other languages', () => {
    const outline = parseOutline(yaml);
    outline.title = 'Sample course';
    outline.modules[0]!.units = moveItem(outline.modules[0]!.units, 1, 0);
    const text = outlineText(yaml, outline);
    expect(text).toContain('# kept comment');
    expect(text).toContain('fr: Exemple');
    expect(parseOutline(text).title).toBe('Sample course');
    expect(parseOutline(text).modules[0]!.units).toEqual(['check', 'intro']);
    expect(text).toMatch(/title:\s*\{?\s*en: One, fr: Un|fr: Un/);
  });

  it('makes ids from titles that differ from those taken', () => {
    expect(idFrom('Safety first!', [])).toBe('safety-first');
    expect(idFrom('Safety first', ['safety-first'])).toBe('safety-first-2');
  });
});

describe('unit files', () => {
  it('reads and writes a check without losing fields the editor has none for', () => {
    const unit = newUnit('check', 'Quick check');
    unit.rest = { passMark: 0.5 };
    const again = parseUnitFile(unitFileText(unit));
    expect(again.type).toBe('check');
    expect(again.rest).toEqual({ passMark: 0.5 });
    expect(again.questions[0]!.options.map((o) => o.correct)).toEqual([true, false]);
  });

  it('keeps a file it cannot read as the body of a lesson', () => {
    expect(parseUnitFile('no front matter here').body).toBe('no front matter here');
  });
});
