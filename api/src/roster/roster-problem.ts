/**
 * A problem found in a roster file: where (file and line, when there is one), a stable reason the web
 * translates, the values its message needs, and an English message for other api clients.
 */
export interface RosterProblem {
  file: string;
  line: number | null;
  reason: string;
  params: Record<string, string | number>;
  message: string;
}

/** A problem that stops the whole file from being read (wrong encoding, not a zip, too many lines). */
export class RosterRefused extends Error {
  constructor(readonly problem: RosterProblem) {
    super(problem.message);
    this.name = 'RosterRefused';
  }
}

export function rosterProblem(
  file: string,
  line: number | null,
  reason: string,
  message: string,
  params: Record<string, string | number> = {},
): RosterProblem {
  return { file, line, reason, params, message };
}

export function refuse(file: string, line: number | null, reason: string, message: string, params: Record<string, string | number> = {}) {
  return new RosterRefused(rosterProblem(file, line, reason, message, params));
}
