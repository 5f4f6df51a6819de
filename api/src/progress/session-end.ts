import { DomainError } from '../common/domain-error.js';
import { CmiErrorCode } from '../tracking/cmi.js';
import type { CommitInput } from '../tracking/tracking.types.js';

/**
 * The element a player adds to the commit that ends a session with a unit: `terminate` when the SCO
 * called Terminate / LMSFinish, `leave` when the learner left it without. It is a report, never stored:
 * what it changes (SCORM's default statuses) is decided on the server by the unit's kind.
 */
export const SESSION_END = 'kinship.session_end';

export type SessionEndReport = 'terminate' | 'leave';

/** The commit without the session-end report, and the report (null when the commit does not end a session). */
export function splitSessionEnd(input: CommitInput): { input: CommitInput; end: SessionEndReport | null } {
  const report = input.values.find((v) => v.element === SESSION_END);
  if (!report) return { input, end: null };
  if (report.value !== 'terminate' && report.value !== 'leave')
    throw new DomainError('CMI_ERROR', `${SESSION_END} must be "terminate" or "leave".`, {
      cmiErrorCode: CmiErrorCode.typeMismatch,
      element: SESSION_END,
    });
  return { input: { ...input, values: input.values.filter((v) => v.element !== SESSION_END) }, end: report.value };
}

/** The platform's sitting for what it sets when a unit is opened. */
export const LAUNCH_SITTING = 'lms:launch';

/** Sittings named `lms:` are the platform's own; a client may not number commits in them. */
export function isPlatformSitting(sessionId: string): boolean {
  return sessionId.startsWith('lms:');
}

/** The platform's own sitting beside a client's, so that what it sets at a session's end is applied once. */
export function platformSitting(sessionId: string): string {
  return `lms:${sessionId.slice(0, 60)}`;
}
