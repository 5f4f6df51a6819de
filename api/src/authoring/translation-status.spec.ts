import { describe, expect, it } from 'vitest';
import { translationStates } from './translation-status.js';

const course = 'id: c\nsourceLocale: en\nlocales: [en, fr]\nmodules:\n  - id: m\n    units: [a, b]\n';

describe('translation states', () => {
  it('marks a translation missing, current, or out of date once the source changed after it', () => {
    const v1 = { 'course.yaml': course, 'units/a.en.md': 'A', 'units/a.fr.md': 'A fr', 'units/b.en.md': 'B' };
    const v2 = { ...v1, 'units/a.en.md': 'A, revised' };
    const history = [
      { revision: 1, files: v1 },
      { revision: 2, files: v2 },
    ];
    expect(translationStates({ files: v2, media: {} }, history)).toEqual([
      { unitId: 'a', locale: 'fr', state: 'outdated' },
      { unitId: 'b', locale: 'fr', state: 'missing' },
    ]);
    const v3 = { ...v2, 'units/a.fr.md': 'A fr, revised' };
    expect(translationStates({ files: v3, media: {} }, [...history, { revision: 3, files: v3 }])[0]!.state).toBe('current');
  });
});
