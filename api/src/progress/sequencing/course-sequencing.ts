import { allUnits, type CourseContent, type UnitContent } from '../../course/course-content.js';
import type { SequencingDefinition } from '../../unit-kinds/sco/sequencing-definition.js';
import { SequencingEngine, type CourseStatus, type NavigationRequest } from '../../unit-kinds/sco/sequencing-engine.js';

/** A unit as the engine sees it: its activity (the manifest item) and back. */
export interface ActivityMap {
  definition: SequencingDefinition;
  activityOf: Map<string, string>;
  unitOf: Map<string, string>;
}

function itemIdOf(unit: UnitContent): string | undefined {
  const text = Object.values(unit.locales)[0];
  return text?.type === 'sco' ? text.itemId : undefined;
}

/** The course's activity map when the sequencing engine applies to it (SCORM 2004 imported with its activity tree). */
export function activityMap(content: CourseContent): ActivityMap | null {
  const definition = content.scorm?.version === '2004' ? content.scorm.sequencing : undefined;
  if (!definition) return null;
  const activityOf = new Map<string, string>();
  const unitOf = new Map<string, string>();
  for (const unit of allUnits(content)) {
    const item = itemIdOf(unit);
    if (!item) return null;
    activityOf.set(unit.id, item);
    unitOf.set(item, unit.id);
  }
  return { definition, activityOf, unitOf };
}

export interface UnitSequencing {
  visible: boolean;
  enabled: boolean;
}

/** What the engine says of an enrolment now: each unit's place in the table of contents and the course's result. */
export interface SequencingView {
  units: Map<string, UnitSequencing>;
  course: CourseStatus;
  /** The unit the learner is in (delivered and not left), or was last given. */
  currentUnitId: string | null;
  suspendedUnitId: string | null;
  flow: { continue: boolean; previous: boolean };
}

/** Whether the stored attempt says anything the rollup should take (a SCO that reported nothing has not ended in effect). */
function reported(cmi: Record<string, string>): boolean {
  return (
    ['completed', 'passed', 'failed'].includes(cmi['cmi.completion_status'] ?? '') ||
    ['passed', 'failed'].includes(cmi['cmi.success_status'] ?? '')
  );
}

/**
 * The engine over an enrolment's stored state, with the unit the learner is in ended as it stands (what
 * its SCO stored), as if the learner left now: what they may open, and what the course's result would be.
 */
export function sequencingView(map: ActivityMap, state: string | null, cmiOf: (unitId: string) => Record<string, string>): SequencingView {
  const engine = SequencingEngine.open(map.definition, state);
  const current = engine.current();
  const currentUnitId = current ? (map.unitOf.get(current.id) ?? null) : null;
  if (current?.active && currentUnitId && reported(cmiOf(currentUnitId))) engine.endCurrent(cmiOf(currentUnitId));
  const reachable = reachableUnits(map, engine);
  const units = new Map<string, UnitSequencing>();
  for (const activity of engine.activities()) {
    const unitId = map.unitOf.get(activity.id);
    // The unit the learner is in stays open to them (a reload, a second tab).
    if (unitId)
      units.set(unitId, { visible: activity.visible, enabled: activity.enabled || reachable.has(unitId) || unitId === currentUnitId });
  }
  const suspended = engine.suspended();
  return {
    units,
    course: engine.course(),
    currentUnitId,
    suspendedUnitId: suspended ? (map.unitOf.get(suspended) ?? null) : null,
    flow: engine.flow(),
  };
}

/**
 * Units a flow request would deliver from here (start or resume before the session, continue and
 * previous within it), and, before the session, each unit a choice would: each tried by the engine on a
 * copy of the state, so the table of contents offers exactly what opening would grant.
 */
function reachableUnits(map: ActivityMap, engine: SequencingEngine): Set<string> {
  const state = engine.serialize();
  const inSession = engine.current() !== null;
  const trials: [NavigationRequest, string | undefined][] = inSession
    ? [
        ['continue', undefined],
        ['previous', undefined],
      ]
    : [['resumeAll', undefined], ['start', undefined], ...[...map.unitOf.keys()].map((id): [NavigationRequest, string] => ['choice', id])];
  const reached = new Set<string>();
  for (const [request, target] of trials) {
    const delivered = SequencingEngine.open(map.definition, state).navigate(request, target).delivered;
    const unitId = delivered ? map.unitOf.get(delivered) : undefined;
    if (unitId) reached.add(unitId);
  }
  return reached;
}

/** The course is done when its rolled-up result is complete and not failed (a failed course earns no certificate). */
export function courseDone(course: CourseStatus): boolean {
  return course.completionStatus === 'completed' && course.successStatus !== 'failed';
}
