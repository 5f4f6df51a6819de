import type { ManifestObjective, ObjectiveMap } from './manifest-types.js';
import { all, attr, bool, decimal, first, text, type XmlNode } from './manifest-xml.js';

// imsss:objectives always holds a primaryObjective; adlseq:objectives (which loses its prefix the same way) never does.
export function imsssObjectives(seq: XmlNode | undefined): XmlNode | undefined {
  return all(seq, 'objectives').find((objectives) => objectives.primaryobjective !== undefined);
}

function readMap(map: XmlNode): ObjectiveMap | null {
  const targetObjectiveId = attr(map, 'targetobjectiveid');
  if (!targetObjectiveId) return null;
  return {
    targetObjectiveId,
    readSatisfiedStatus: bool(attr(map, 'readsatisfiedstatus'), true),
    readNormalizedMeasure: bool(attr(map, 'readnormalizedmeasure'), true),
    writeSatisfiedStatus: bool(attr(map, 'writesatisfiedstatus'), false),
    writeNormalizedMeasure: bool(attr(map, 'writenormalizedmeasure'), false),
    extended: [],
  };
}

const EXTENDED_MAP_FLAGS = ['readrawscore', 'readminscore', 'readmaxscore', 'readcompletionstatus', 'readprogressmeasure'].flatMap(
  (read) => [read, read.replace('read', 'write')],
);

/** adlseq:mapInfo (4th Edition) flags, added to the imsss map of the same target or as a map of their own. */
function addExtendedMaps(objective: ManifestObjective, extension: XmlNode | undefined) {
  for (const map of all(extension, 'mapinfo')) {
    const target = attr(map, 'targetobjectiveid');
    if (!target) continue;
    const flags = EXTENDED_MAP_FLAGS.filter((flag) => bool(attr(map, flag), false));
    const known = objective.maps.find((m) => m.targetObjectiveId === target);
    if (known) known.extended.push(...flags);
    else
      objective.maps.push({
        targetObjectiveId: target,
        readSatisfiedStatus: false,
        readNormalizedMeasure: false,
        writeSatisfiedStatus: false,
        writeNormalizedMeasure: false,
        extended: flags,
      });
  }
}

/** The item's imsss:objectives (primary first), with their global mappings, as cmi.objectives will hold them. */
export function readObjectives(seq: XmlNode | undefined, who: string, warnings: Set<string>): ManifestObjective[] {
  const declared = imsssObjectives(seq);
  const primary = first(declared, 'primaryobjective');
  const extensions = all(seq, 'objectives')
    .filter((o) => o !== declared)
    .flatMap((o) => all(o, 'objective'));
  const objectives: ManifestObjective[] = [];
  const seen = new Set<string>();
  for (const node of [...(primary ? [primary] : []), ...all(declared, 'objective')]) {
    const id = attr(node, 'objectiveid') || null;
    if (id !== null && seen.has(id)) {
      warnings.add(`${who}: the objective "${id}" is declared twice; the second is ignored.`);
      continue;
    }
    if (id !== null) seen.add(id);
    const measure = decimal(text(node, 'minnormalizedmeasure') ?? '1.0');
    const objective: ManifestObjective = {
      id,
      primary: node === primary,
      satisfiedByMeasure: bool(attr(node, 'satisfiedbymeasure'), false),
      minNormalizedMeasure: measure !== null && measure >= -1 && measure <= 1 ? measure : 1,
      maps: all(node, 'mapinfo')
        .map(readMap)
        .filter((m): m is ObjectiveMap => m !== null),
    };
    addExtendedMaps(
      objective,
      extensions.find((e) => id !== null && attr(e, 'objectiveid') === id),
    );
    objectives.push(objective);
  }
  return objectives;
}
