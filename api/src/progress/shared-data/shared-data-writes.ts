import { DomainError } from '../../common/domain-error.js';
import { CmiErrorCode } from '../../tracking/cmi.js';
import type { CmiValueInput } from '../../tracking/tracking.types.js';
import type { SharedDataMap } from '../../unit-kinds/sco/shared-data-maps.js';

/** SCORM 2004 4th edition RTE 4.3: adl.data.n.store is a characterstring of at least 64,000 characters (SPM), kept in full. */
export const SHARED_STORE_MAX = 64_000;

const SHARED_ELEMENT = /^adl\.data\.(\d+)\.(id|store)$/;

function refused(element: string, cmiErrorCode: number, message: string): DomainError {
  return new DomainError('CMI_ERROR', message, { cmiErrorCode, element });
}

/**
 * Takes the shared data a commit writes (`adl.data.n.store`, n as the SCO's maps are numbered) out of
 * its CMI values, checked as the run-time's data model checks them: only a mapped bucket, only one the
 * SCO may write, and no id (the platform sets it). One bad value refuses the whole commit.
 */
export function splitSharedDataWrites(
  values: CmiValueInput[],
  maps: SharedDataMap[],
): { cmi: CmiValueInput[]; stores: Map<string, string> } {
  const cmi: CmiValueInput[] = [];
  const stores = new Map<string, string>();
  for (const write of values) {
    const shared = SHARED_ELEMENT.exec(write.element);
    if (!shared) {
      cmi.push(write);
      continue;
    }
    const map = maps[Number(shared[1])];
    if (!map) throw refused(write.element, CmiErrorCode.undefinedElement, `${write.element} is not a shared data bucket this SCO maps.`);
    if (shared[2] === 'id' || !map.write)
      throw refused(write.element, CmiErrorCode.readOnly, `${write.element} (${map.targetId}) may not be written by this SCO.`);
    if (write.value.length > SHARED_STORE_MAX)
      throw refused(write.element, CmiErrorCode.typeMismatch, `${write.element} is longer than the ${SHARED_STORE_MAX} characters kept.`);
    stores.set(map.targetId, write.value);
  }
  return { cmi, stores };
}

/**
 * The run-time elements a SCO opens with: each mapped bucket's id, its value when it has one and the SCO
 * may read it, and the SCO's rights (`adl.data.n.readSharedData` / `.writeSharedData`, read by the host
 * page to configure scorm-again, never given to the SCO as elements).
 */
export function sharedDataElements(maps: SharedDataMap[], stored: Map<string, string>): Record<string, string> {
  const elements: Record<string, string> = {};
  maps.forEach((map, n) => {
    elements[`adl.data.${n}.id`] = map.targetId;
    elements[`adl.data.${n}.readSharedData`] = String(map.read);
    elements[`adl.data.${n}.writeSharedData`] = String(map.write);
    const store = stored.get(map.targetId);
    if (map.read && store !== undefined) elements[`adl.data.${n}.store`] = store;
  });
  return elements;
}
