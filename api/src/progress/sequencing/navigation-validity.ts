import { SequencingEngine, type NavigationRequest } from '../../unit-kinds/sco/sequencing-engine.js';
import type { ActivityMap } from './course-sequencing.js';

/**
 * What the SCO's `adl.nav.request_valid` answers (SCORM 2004 RTE 4.4.2): whether the engine would grant
 * continue and previous, and a choice or a jump to each activity, were the SCO to leave with that request now.
 */
export interface NavigationValidity {
  continue: boolean;
  previous: boolean;
  choice: Map<string, boolean>;
  jump: Map<string, boolean>;
}

/**
 * Tries each request on a copy of the enrolment's state, as the server would process it when the SCO
 * terminates with it (sequencing.service.ts `deliver`): the activity the learner is in first ends with what
 * its SCO stored, then the request is processed. Answers are those at launch; they do not follow what the
 * SCO reports later in the same session (the request itself is still decided by the server when made).
 */
export function navigationValidity(
  map: ActivityMap,
  state: string | null,
  cmiOf: (unitId: string) => Record<string, string>,
): NavigationValidity {
  const grants = (request: NavigationRequest, target?: string): boolean => {
    const engine = SequencingEngine.open(map.definition, state);
    const current = engine.current();
    const currentUnitId = current?.active ? map.unitOf.get(current.id) : undefined;
    if (currentUnitId) engine.endCurrent(cmiOf(currentUnitId));
    return engine.navigate(request, target).delivered !== null;
  };
  const activities = [...map.unitOf.keys()];
  return {
    continue: grants('continue'),
    previous: grants('previous'),
    choice: new Map(activities.map((id) => [id, grants('choice', id)])),
    jump: new Map(activities.map((id) => [id, grants('jump', id)])),
  };
}

/** The answers as run-time elements, under the names a SCO reads them by (`adl.nav.request_valid.choice.{target=ID}`). */
export function navigationValidityElements(validity: NavigationValidity): Record<string, string> {
  const answer = (granted: boolean) => (granted ? 'true' : 'false');
  const elements: Record<string, string> = {
    'adl.nav.request_valid.continue': answer(validity.continue),
    'adl.nav.request_valid.previous': answer(validity.previous),
  };
  for (const [kind, targets] of [['choice', validity.choice] as const, ['jump', validity.jump] as const])
    for (const [id, granted] of targets) elements[`adl.nav.request_valid.${kind}.{target=${id}}`] = answer(granted);
  return elements;
}
