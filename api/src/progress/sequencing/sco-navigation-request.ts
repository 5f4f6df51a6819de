import { NAVIGATION_REQUESTS, type NavigationRequest } from '../../unit-kinds/sco/sequencing-engine.js';

/** A navigation request as a learner's page or a SCO makes it: the request, and the activity a choice or jump names. */
export interface ParsedNavigationRequest {
  request: NavigationRequest;
  /** The manifest item a SCO named in `{target=…}choice` / `{target=…}jump`; null when none. */
  targetActivityId: string | null;
}

/** `{target=ITEM}choice` and `{target=ITEM}jump` (SCORM 2004 RTE 4.2.4.1, adl.nav.request). */
const TARGETED = /^\{target=([^}]+)\}(choice|jump)$/;

/**
 * Reads a request the way the platform's pages send it (`continue`, `choice` with a unit id beside it) or
 * verbatim as a SCO wrote it to `adl.nav.request`. Null when it is not a request the engine processes.
 */
export function parseNavigationRequest(raw: string): ParsedNavigationRequest | null {
  const targeted = TARGETED.exec(raw);
  if (targeted) return { request: targeted[2] as NavigationRequest, targetActivityId: targeted[1]! };
  return (NAVIGATION_REQUESTS as readonly string[]).includes(raw) ? { request: raw as NavigationRequest, targetActivityId: null } : null;
}
