import { describe, expect, it } from 'vitest';
import { shownCell, shownTotal } from './small-cells.js';

describe('small-cell suppression', () => {
  it('shows counts of 10 or more, and hides anything under 10 (zero too)', () => {
    expect([0, 1, 9, 10, 57].map((n) => shownCell(n))).toEqual([
      { kind: 'fewer_than', value: null },
      { kind: 'fewer_than', value: null },
      { kind: 'fewer_than', value: null },
      { kind: 'exact', value: 10 },
      { kind: 'exact', value: 57 },
    ]);
  });

  it('never shows a total exactly when one of its parts is hidden, so the part cannot be worked back', () => {
    expect(shownTotal([12, 30])).toEqual({ kind: 'exact', value: 42 });
    // 12 + 30 + 3 = 45: showing 45 would give away the 3.
    expect(shownTotal([12, 30, 3])).toEqual({ kind: 'at_least', value: 42 });
    expect(shownTotal([4, 5, 3])).toEqual({ kind: 'fewer_than', value: null });
    // Small parts adding up to 10 or more: still nothing exact to show.
    expect(shownTotal([6, 7])).toEqual({ kind: 'fewer_than', value: null });
  });
});
