import { XMLParser } from 'fast-xml-parser';
import type { CourseContent } from '../../course/course-content.js';
import type {
  ActivityDefinition,
  ObjectiveDefinition,
  RuleDefinition,
  SequencingDefinition,
  SequencingPart,
} from './sequencing-definition.js';

type XmlNode = { [key: string]: unknown };

// Names are lower-cased (authoring tools disagree on case) and prefixes dropped, as the manifest reader does;
// the manifest has already been checked by it (size, DOCTYPE, well-formedness) before this reads it.
const parser = new XMLParser({
  processEntities: false,
  ignoreAttributes: false,
  removeNSPrefix: true,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

function asNode(value: unknown): XmlNode {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as XmlNode;
  return typeof value === 'string' ? { '#text': value } : {};
}

function all(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(asNode);
}

function first(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return all(node, name)[0];
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value.trim() : undefined;
}

function text(node: XmlNode | undefined): string | undefined {
  const value = node?.['#text'];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function bool(node: XmlNode | undefined, name: string): boolean | undefined {
  const value = attr(node, name)?.toLowerCase();
  return value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : undefined;
}

function num(node: XmlNode | undefined, name: string): number | undefined {
  const value = attr(node, name);
  return value !== undefined && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : undefined;
}

/** Drops the keys whose value is undefined, so the library's defaults apply to what a manifest leaves out. */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

function readRules(rules: XmlNode | undefined, tag: string): RuleDefinition[] {
  return all(rules, tag).map((rule) => {
    const block = first(rule, 'ruleconditions');
    return {
      action: attr(first(rule, 'ruleaction'), 'action') ?? 'skip',
      conditionCombination: attr(block, 'conditioncombination') === 'any' ? 'any' : 'all',
      conditions: all(block, 'rulecondition').map((condition) => {
        const threshold = num(condition, 'measurethreshold');
        return defined({
          condition: attr(condition, 'condition') ?? 'always',
          operator: attr(condition, 'operator') === 'not' ? 'not' : 'noOp',
          referencedObjective: attr(condition, 'referencedobjective'),
          parameters: threshold === undefined ? undefined : { threshold },
        });
      }),
    };
  });
}

// The rollup rules' vocabulary names "activityProgressKnown" what the library calls "progressKnown".
const ROLLUP_CONDITIONS: Record<string, string> = { activityProgressKnown: 'progressKnown' };

function readRollupRules(rollup: XmlNode | undefined): SequencingPart['rollupRules'] {
  const rules = all(rollup, 'rolluprule').map((rule) => {
    const block = first(rule, 'rollupconditions');
    return defined({
      action: attr(first(rule, 'rollupaction'), 'action') ?? 'satisfied',
      consideration: attr(rule, 'childactivityset') ?? 'all',
      minimumCount: num(rule, 'minimumcount'),
      minimumPercent: num(rule, 'minimumpercent'),
      conditionCombination: attr(block, 'conditioncombination') === 'all' ? ('all' as const) : ('any' as const),
      conditions: all(block, 'rollupcondition').map((condition) => {
        const name = attr(condition, 'condition') ?? 'always';
        return {
          condition: ROLLUP_CONDITIONS[name] ?? name,
          operator: attr(condition, 'operator') === 'not' ? ('not' as const) : ('noOp' as const),
        };
      }),
    });
  });
  return rules.length ? { rules } : undefined;
}

const MAP_FLAGS = ['readSatisfiedStatus', 'readNormalizedMeasure', 'writeSatisfiedStatus', 'writeNormalizedMeasure'];
// adlseq:mapInfo (4th edition) also maps completion, progress and scores.
const EXTENDED_FLAGS = ['Completion', 'Progress', 'Raw', 'Min', 'Max'].flatMap((what) => {
  const noun = what === 'Completion' ? 'CompletionStatus' : what === 'Progress' ? 'ProgressMeasure' : `${what}Score`;
  return [`read${noun}`, `write${noun}`];
});

function readMapInfo(map: XmlNode, flags: string[]): Record<string, string | boolean> {
  const info: Record<string, string | boolean> = { targetObjectiveID: attr(map, 'targetobjectiveid') ?? '' };
  for (const flag of flags) {
    const value = bool(map, flag.toLowerCase());
    if (value !== undefined) info[flag] = value;
  }
  // The standard reads the satisfied status by default and writes nothing.
  if (flags === MAP_FLAGS && info.readSatisfiedStatus === undefined) info.readSatisfiedStatus = true;
  return info;
}

function readObjective(node: XmlNode, primary: boolean, extended: Map<string, Record<string, string | boolean>[]>): ObjectiveDefinition {
  const objectiveID = attr(node, 'objectiveid') ?? (primary ? 'PRIMARYOBJ' : '');
  const minimum = text(first(node, 'minnormalizedmeasure'));
  return defined({
    objectiveID,
    isPrimary: primary,
    satisfiedByMeasure: bool(node, 'satisfiedbymeasure') ?? false,
    minNormalizedMeasure: minimum === undefined ? undefined : Number(minimum),
    mapInfo: [...all(node, 'mapinfo').map((map) => readMapInfo(map, MAP_FLAGS)), ...(extended.get(objectiveID) ?? [])],
  });
}

function readObjectives(seq: XmlNode): Pick<SequencingPart, 'primaryObjective' | 'objectives'> {
  const lists = all(seq, 'objectives');
  const imsss = lists.find((list) => list.primaryobjective !== undefined);
  // adlseq:objectives (4th edition) adds completion, progress and score mappings to objectives of the same id.
  const extended = new Map<string, Record<string, string | boolean>[]>();
  for (const list of lists.filter((l) => l !== imsss)) {
    for (const objective of all(list, 'objective')) {
      const id = attr(objective, 'objectiveid') ?? '';
      extended.set(id, [...(extended.get(id) ?? []), ...all(objective, 'mapinfo').map((map) => readMapInfo(map, EXTENDED_FLAGS))]);
    }
  }
  if (!imsss) return {};
  const primary = first(imsss, 'primaryobjective');
  return {
    primaryObjective: primary ? readObjective(primary, true, extended) : undefined,
    objectives: all(imsss, 'objective').map((objective) => readObjective(objective, false, extended)),
  };
}

function readControls(seq: XmlNode): SequencingPart['sequencingControls'] {
  const mode = first(seq, 'controlmode');
  const rollup = first(seq, 'rolluprules');
  const random = first(seq, 'randomizationcontrols');
  const delivery = first(seq, 'deliverycontrols');
  const choice = first(seq, 'constrainedchoiceconsiderations');
  const selectCount = num(random, 'selectcount');
  return defined({
    choice: bool(mode, 'choice'),
    choiceExit: bool(mode, 'choiceexit'),
    flow: bool(mode, 'flow'),
    forwardOnly: bool(mode, 'forwardonly'),
    useCurrentAttemptObjectiveInfo: bool(mode, 'usecurrentattemptobjectiveinfo'),
    useCurrentAttemptProgressInfo: bool(mode, 'usecurrentattemptprogressinfo'),
    rollupObjectiveSatisfied: bool(rollup, 'rollupobjectivesatisfied'),
    rollupProgressCompletion: bool(rollup, 'rollupprogresscompletion'),
    objectiveMeasureWeight: num(rollup, 'objectivemeasureweight'),
    selectCount,
    selectionTiming: attr(random, 'selectiontiming') ?? (selectCount !== undefined ? 'never' : undefined),
    randomizeChildren: bool(random, 'reorderchildren'),
    reorderChildren: bool(random, 'reorderchildren'),
    randomizationTiming: attr(random, 'randomizationtiming'),
    tracked: bool(delivery, 'tracked'),
    completionSetByContent: bool(delivery, 'completionsetbycontent'),
    objectiveSetByContent: bool(delivery, 'objectivesetbycontent'),
    preventActivation: bool(choice, 'preventactivation'),
    constrainChoice: bool(choice, 'constrainchoice'),
  });
}

/** One `<imsss:sequencing>` element as the library's settings. */
function readSequencing(seq: XmlNode | undefined): SequencingPart {
  if (!seq) return {};
  const rules = first(seq, 'sequencingrules');
  const limits = first(seq, 'limitconditions');
  const considerations = first(seq, 'rollupconsiderations');
  const preConditionRules = readRules(rules, 'preconditionrule');
  const exitConditionRules = readRules(rules, 'exitconditionrule');
  const postConditionRules = readRules(rules, 'postconditionrule');
  const hasRules = preConditionRules.length + exitConditionRules.length + postConditionRules.length > 0;
  return defined({
    ...readObjectives(seq),
    sequencingControls: readControls(seq),
    sequencingRules: hasRules ? { preConditionRules, exitConditionRules, postConditionRules } : undefined,
    rollupRules: readRollupRules(first(seq, 'rolluprules')),
    rollupConsiderations: considerations
      ? defined({
          requiredForSatisfied: attr(considerations, 'requiredforsatisfied'),
          requiredForNotSatisfied: attr(considerations, 'requiredfornotsatisfied'),
          requiredForCompleted: attr(considerations, 'requiredforcompleted'),
          requiredForIncomplete: attr(considerations, 'requiredforincomplete'),
          measureSatisfactionIfActive: bool(considerations, 'measuresatisfactionifactive'),
        })
      : undefined,
    attemptLimit: num(limits, 'attemptlimit'),
    attemptAbsoluteDurationLimit: attr(limits, 'attemptabsolutedurationlimit'),
  });
}

/** `adlnav:presentation` tokens, e.g. hideLMSUI "continue", in the library's spelling. */
function readHiddenUi(item: XmlNode): string[] {
  const ui = all(first(first(item, 'presentation'), 'navigationinterface'), 'hidelmsui').map((node) => text(node) ?? '');
  return ui.filter(Boolean);
}

interface ReadContext {
  collection: Map<string, XmlNode>;
  warnings: Set<string>;
}

function readActivity(item: XmlNode, ctx: ReadContext): ActivityDefinition {
  const id = attr(item, 'identifier') ?? '';
  const title = text(first(item, 'title')) ?? id;
  const own = first(item, 'sequencing');
  const ref = attr(own, 'idref');
  const shared = ref ? ctx.collection.get(ref) : undefined;
  const sequencing = readSequencing(shared && own ? { ...shared, ...own } : (own ?? shared));
  const threshold = first(item, 'completionthreshold');
  const thresholdValue = text(threshold);
  const timeLimitAction = text(first(item, 'timelimitaction'));
  const data = all(first(item, 'data'), 'map');
  return defined({
    id,
    title,
    isVisible: bool(item, 'isvisible') ?? true,
    ...sequencing,
    completionThreshold:
      threshold || thresholdValue
        ? defined({
            completedByMeasure: bool(threshold, 'completedbymeasure') ?? (thresholdValue !== undefined ? true : undefined),
            minProgressMeasure: num(threshold, 'minprogressmeasure') ?? (thresholdValue !== undefined ? Number(thresholdValue) : undefined),
            progressWeight: num(threshold, 'progressweight'),
          })
        : undefined,
    timeLimitAction,
    sharedDataMaps: data.length
      ? data.map((map) => ({
          targetID: attr(map, 'targetid') ?? '',
          readSharedData: bool(map, 'readshareddata') ?? true,
          writeSharedData: bool(map, 'writeshareddata') ?? false,
        }))
      : undefined,
    hideLmsUi: readHiddenUi(item).length ? readHiddenUi(item) : undefined,
    children: all(item, 'item').length ? all(item, 'item').map((child) => readActivity(child, ctx)) : undefined,
  });
}

/**
 * The SCORM 2004 activity tree of a manifest's default organization, with every sequencing definition as
 * scorm-again reads them (IMS Simple Sequencing, ADL extensions), for the sequencing engine. Activity ids
 * are the items' identifiers. Warnings name what the platform still does not apply.
 */
export function readActivityTree(xml: string): { definition: SequencingDefinition; warnings: string[] } {
  const manifest = first(asNode(parser.parse(xml)), 'manifest');
  const organizations = first(manifest, 'organizations');
  const candidates = all(organizations, 'organization');
  const organization = candidates.find((org) => attr(org, 'identifier') === attr(organizations, 'default')) ?? candidates[0];
  const collection = new Map<string, XmlNode>();
  for (const seq of all(first(manifest, 'sequencingcollection'), 'sequencing')) {
    const id = attr(seq, 'id');
    if (id) collection.set(id, seq);
  }
  const ctx: ReadContext = { collection, warnings: new Set() };
  const root = organization ? readActivity({ ...organization, '@_isvisible': 'true' }, ctx) : { id: 'root', title: '', isVisible: true };
  if (organization && bool(organization, 'objectivesglobaltosystem') === false) {
    ctx.warnings.add(
      'The course keeps its global objectives to itself (objectivesGlobalToSystem="false"); they are kept per enrolment, as always.',
    );
  }
  return { definition: { activityTree: root }, warnings: [...ctx.warnings] };
}

/** The course with its package's activity tree, for the sequencing engine. */
export function withSequencing(definition: SequencingDefinition | undefined, course: CourseContent): CourseContent {
  if (definition && course.scorm) course.scorm.sequencing = definition;
  return course;
}
