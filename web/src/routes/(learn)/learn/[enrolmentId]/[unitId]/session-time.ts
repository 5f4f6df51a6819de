/** The time spent on a page as a SCORM 2004 session time (ISO 8601 duration), capped at four hours. */
export function sessionTime(startedAt: number, now: number): string {
  const seconds = Math.min(Math.max(0, Math.round((now - startedAt) / 1000)), 4 * 3600);
  return `PT${seconds}S`;
}
