/**
 * Small-cell suppression for the funder report. Any count under 10 is shown as "fewer than 10". A total
 * whose parts include a suppressed count is never shown exactly: it is shown as "at least" the sum of
 * its exact parts, so no exact figure anywhere contains a suppressed count, and no subtraction of one
 * shown number from another can give it back.
 */
export const THRESHOLD = 10;

export type Shown = { kind: 'exact'; value: number } | { kind: 'fewer_than'; value: null } | { kind: 'at_least'; value: number };

export function shownCell(count: number): Shown {
  return count < THRESHOLD ? { kind: 'fewer_than', value: null } : { kind: 'exact', value: count };
}

/** A total of cells, as the cells themselves are shown. */
export function shownTotal(parts: readonly number[]): Shown {
  const sum = parts.reduce((n, c) => n + c, 0);
  if (sum < THRESHOLD) return { kind: 'fewer_than', value: null };
  const exact = parts.filter((c) => c >= THRESHOLD);
  if (exact.length === parts.length) return { kind: 'exact', value: sum };
  const known = exact.reduce((n, c) => n + c, 0);
  // With nothing exact to count, "at least 0" says nothing: the total is simply small parts.
  return known >= THRESHOLD ? { kind: 'at_least', value: known } : { kind: 'fewer_than', value: null };
}
