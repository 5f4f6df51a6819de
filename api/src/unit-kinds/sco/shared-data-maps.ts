import type { CourseContent, UnitContent } from '../../course/course-content.js';
import type { ActivityDefinition } from './sequencing-definition.js';

/** One `adlcp:map` of a SCO (SCORM 2004 4th edition CAM): a shared bucket by its target id, and what the SCO may do with it. */
export interface SharedDataMap {
  targetId: string;
  read: boolean;
  write: boolean;
}

function findActivity(activity: ActivityDefinition, id: string): ActivityDefinition | null {
  if (activity.id === id) return activity;
  for (const child of activity.children ?? []) {
    const found = findActivity(child, id);
    if (found) return found;
  }
  return null;
}

/**
 * The shared data buckets a SCO maps, in manifest order: `adl.data.n` in its run-time is the n-th of
 * these. Read from the activity tree the import keeps (activity-tree.ts), where the manifest's maps are.
 */
export function sharedDataMaps(content: CourseContent, unit: UnitContent): SharedDataMap[] {
  const sco = Object.values(unit.locales)[0];
  const itemId = sco?.type === 'sco' ? sco.itemId : undefined;
  const tree = content.scorm?.version === '2004' ? content.scorm.sequencing?.activityTree : undefined;
  const activity = tree && itemId ? findActivity(tree, itemId) : null;
  return (activity?.sharedDataMaps ?? [])
    .filter((map) => map.targetID !== '')
    .map((map) => ({ targetId: map.targetID, read: map.readSharedData, write: map.writeSharedData }));
}
